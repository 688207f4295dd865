/**
 * A person's name as the public investment records show it (张** for 张三丰, 李* for 李四, J*** for John):
 * the first character, then one * for each other character. Counted in code points, so a name with a
 * character outside the Basic Multilingual Plane (𠀋) is masked as one character, not two halves.
 * An empty or blank name gives "*" rather than nothing, so a record never reads as anonymous by accident.
 */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return "*";
  if (chars.length === 1) return `${chars[0]}*`;
  return chars[0] + "*".repeat(chars.length - 1);
}
