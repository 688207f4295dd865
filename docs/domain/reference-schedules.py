#!/usr/bin/env python3
"""Independent reference figures for lib/domain/schedules/build-schedule.test.ts.

Written separately from the TypeScript code and with different arithmetic: yuan as Decimal with
50 significant digits and the spreadsheet PMT formula P*r / (1 - (1+r)^-n), where the TypeScript
uses exact bigint fractions. Shared are only the documented rules (DESIGN §6 and the schedules
README in docs/domain/domain-core.md): monthly rate = annual / 12, every amount rounded half up to the
fen, the last instalment takes the remaining principal, due dates are start + n months clamped to
the month's end.

Run: python3 docs/domain/reference-schedules.py  (prints the literal table pasted into the test)
"""
import calendar
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, getcontext

getcontext().prec = 50
FEN = Decimal("0.01")


def to_fen(x: Decimal) -> Decimal:
    return x.quantize(FEN, rounding=ROUND_HALF_UP)


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def schedule(principal: str, rate_percent: str, n: int, method: str, start: date):
    p = Decimal(principal)
    r = Decimal(rate_percent) / 100 / 12
    rows = []  # (due, principal, interest, remaining)
    rem = p
    if method == "BULLET":
        interest = to_fen(p * Decimal(rate_percent) / 100 * n / 12)
        return [(add_months(start, n), p, interest, Decimal(0))]
    if method == "EQUAL_INSTALLMENT":
        pmt = to_fen(p / n) if r == 0 else to_fen(p * r / (1 - (1 + r) ** -n))
    if method == "EQUAL_PRINCIPAL":
        return equal_principal(p, r, n, start)
    for k in range(1, n + 1):
        interest = to_fen(rem * r)
        if k == n:
            prin = rem
        elif method == "EQUAL_INSTALLMENT":
            prin = min(pmt - interest, rem)
        elif method == "INTEREST_FIRST":
            prin = Decimal(0)
        rem -= prin
        rows.append((add_months(start, k), prin, interest, rem))
    return rows


def equal_principal(p: Decimal, r: Decimal, n: int, start: date):
    """等额本金 as the banks' calculators print it (issue 14): payment k = p/n + (p - (k-1)*p/n)*r rounded
    to the fen; principal p/n rounded half up; interest the rest; the last instalment takes the principal
    left and the total interest p*r*(n+1)/2 rounded, less the interest already scheduled."""
    share = to_fen(p / n)
    total_interest = to_fen(p * r * (n + 1) / 2)
    rows, rem, paid_interest = [], p, Decimal(0)
    for k in range(1, n + 1):
        if k < n:
            payment = to_fen(p / n + (p - (k - 1) * p / n) * r)
            interest = payment - share
            prin = min(share, rem)
        else:
            prin = rem
            interest = max(total_interest - paid_interest, Decimal(0))
        rem -= prin
        paid_interest += interest
        rows.append((add_months(start, k), prin, interest, rem))
    return rows


LOANS = [
    ("100000.00", "12", 12, "EQUAL_INSTALLMENT", date(2025, 1, 31)),
    ("1000000.00", "8.5", 24, "EQUAL_INSTALLMENT", date(2025, 3, 15)),
    ("5000000.00", "18", 36, "EQUAL_INSTALLMENT", date(2024, 8, 31)),
    ("10000.01", "0", 3, "EQUAL_INSTALLMENT", date(2025, 6, 1)),
    ("0.05", "12", 7, "EQUAL_INSTALLMENT", date(2025, 1, 1)),
    ("50000.00", "10", 6, "EQUAL_PRINCIPAL", date(2025, 2, 28)),
    ("333333.33", "7.77", 7, "EQUAL_PRINCIPAL", date(2025, 12, 31)),
    ("200000.00", "9", 12, "INTEREST_FIRST", date(2024, 2, 29)),
    ("1500.00", "24", 3, "INTEREST_FIRST", date(2025, 11, 30)),
    ("123456.78", "15.5", 5, "BULLET", date(2025, 1, 31)),
    ("800000.00", "11", 18, "BULLET", date(2025, 7, 10)),
]


def fen_literal(x: Decimal) -> str:
    return f"{int((x * 100).to_integral_value())}n"


for principal, rate, n, method, start in LOANS:
    bp = int(Decimal(rate) * 100)
    print("  {")
    print(f'    principalFen: {fen_literal(Decimal(principal))}, annualRateBp: {bp}, termMonths: {n}, method: "{method}", start: "{start}",')
    print("    rows: [")
    for due, prin, interest, rem in schedule(principal, rate, n, method, start):
        print(f'      ["{due}", {fen_literal(prin)}, {fen_literal(interest)}, {fen_literal(rem)}],')
    print("    ],")
    print("  },")

# Issue 14's textbook case, ¥1,000,000 at 4.90 % over 360 months: instalments 1, 2 and 360, total interest.
for method in ("EQUAL_INSTALLMENT", "EQUAL_PRINCIPAL"):
    rows = schedule("1000000.00", "4.9", 360, method, date(2025, 1, 15))
    pick = [(k, rows[k - 1][1] + rows[k - 1][2]) for k in (1, 2, 360)]
    print(method, ", ".join(f"#{k} {v}" for k, v in pick), "interest", sum(row[2] for row in rows))
