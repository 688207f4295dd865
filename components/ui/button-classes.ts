export type ButtonVariant = "primary" | "secondary" | "danger";

export function buttonClasses(variant: ButtonVariant = "primary") {
  const base =
    "inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-medium shadow-sm disabled:cursor-not-allowed disabled:opacity-60";
  const variants = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    danger: "bg-red-600 text-white hover:bg-red-700",
  };
  return `${base} ${variants[variant]}`;
}
