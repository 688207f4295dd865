/**
 * An amount, rate or term shown as one unbreakable unit ("¥2,000,000.00", "12.00%", "12 months"): browsers
 * otherwise break after the point or between number and unit in narrow columns (issue 8, point 7).
 * Layouts around a figure must leave it room (flex-wrap rather than fixed thirds on a 390 px phone).
 * `data-figure` lets the layout tests find every figure on a page.
 */
export function Figure({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <span className={className ? `figure ${className}` : "figure"} data-figure="">
      {children}
    </span>
  );
}
