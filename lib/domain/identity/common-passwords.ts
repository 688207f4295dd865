// The most common leaked passwords of eight or more characters (shorter ones fail the length rule anyway),
// compared case-insensitively. Sources: public top-password lists, plus platform- and pinyin-themed ones.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "12345678", "123456789", "1234567890", "12345678910", "password", "password1", "password12", "password123",
  "password!", "passw0rd", "p@ssw0rd", "p@ssword", "iloveyou", "iloveyou1", "11111111", "111111111",
  "1111111111", "00000000", "000000000", "88888888", "888888888", "66666666", "666666666", "99999999",
  "12341234", "11223344", "1q2w3e4r", "1q2w3e4r5t", "1qaz2wsx", "1qaz2wsx3edc", "qwertyui", "qwertyuiop",
  "qwerty123", "qwerty12", "qwerty1234", "asdfghjk", "asdfghjkl", "zxcvbnm1", "zxcvbnm123", "abcd1234",
  "abc12345", "abc123456", "a1234567", "a12345678", "a123456789", "aa123456", "aa12345678", "123456abc",
  "123456aa", "123qweasd", "qweasdzxc", "q1w2e3r4", "q1w2e3r4t5", "sunshine", "princess", "football",
  "baseball", "welcome1", "welcome123", "letmein1", "monkey123", "dragon123", "superman", "trustno1",
  "starwars", "whatever", "computer", "michelle", "jennifer", "corvette", "mercedes", "liverpool",
  "chelsea1", "arsenal1", "basketball", "internet", "samsung1", "shadow12", "master12", "michael1",
  "jordan23", "changeme", "administrator", "admin123", "admin1234", "admin12345", "root1234", "test1234",
  "testtest", "guest123", "qazwsxedc", "zaq12wsx", "!qaz2wsx", "1234qwer", "qwer1234", "asdf1234",
  "zxcv1234", "1234abcd", "987654321", "9876543210", "87654321", "147258369", "123123123", "321321321",
  "5201314520", "52013140", "woaini1314", "woaini520", "woaini123", "iloveyou520", "aini1314", "caonima",
  "wangyang", "zhang123", "li123456", "wang1234", "woaiwojia", "qq123456", "qq12345678", "taobao123",
  "baidu123", "huawei123", "xiaomi123", "lending123", "licai123", "touzi123", "jiekuan123", "p2p12345",
  "money123", "investor", "investor1", "company1", "company123", "1234567a", "12345678a", "123456789a",
  "1234567q", "12345qwert", "passport", "password2", "password01", "welcome!", "football1", "princess1",
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
