export const RISK_GRADES = ["A", "B", "C", "D", "E"] as const;
