/**
 * What makes an acceptance text measurable or vague (untestable-requirement).
 *
 * Decisions:
 * - A number is a quantity written in ASCII or full-width digits (200 TPS, ３秒, 99.9%), in Chinese
 *   numerals followed by a unit (三秒, 十分钟, 六个月, 两天) or after 百分之/千分之/万分之
 *   (百分之九十九点九), or an English number word followed by a unit (three seconds).
 * - Chinese numerals need a unit because 一/十 occur in ordinary words (一致, 统一, 十分友好);
 *   a lone 一 right after another Chinese character counts only after words such as 在, 内, 每,
 *   保留, 每天 (保留一年, 每天一次), not in 统一周报. 月 counts as 个月 only (统一月报), 次 not in 一次性.
 * - Digits in names and versions are not quantities: digits glued after letters (IE11, V2, Win7,
 *   H5, P95), after a product word (Windows 10, CentOS 7.9, JDK 8, 麒麟 V10), in a dotted version
 *   (1.2.3), or before 版/版本/代/系列/型 (3 代). So "IE11 兼容，界面友好" has no number.
 * - Vague words are found longest-first (尽快 is quoted, not 快 inside it); 快照 (snapshot) and
 *   稳定版 (stable release) are not vague. English words match whole words, case-insensitive.
 */

const ZH_VAGUE = [
  '尽可能', '高性能', '高可用', '高效率', '高并发', '尽快', '尽量', '快速', '迅速', '高效', '友好', '稳定', '及时', '灵活',
  '简单', '简便', '易用', '好用', '方便', '便捷', '快捷', '良好', '较好', '更好', '流畅', '顺畅', '美观', '直观', '实时',
  '可靠', '强大', '足够', '合理', '适当', '优秀', '显著', '明显', '轻松', '无缝', '大量', '海量', '较快', '较高', '很高',
  '快', '慢',
];
/** Words that contain a vague word but are not vague. */
const ZH_NOT_VAGUE = ['快照', '稳定版', '快递'];

const EN_VAGUE = [
  'as soon as possible', 'user-friendly', 'user friendly', 'easy to use', 'easy-to-use', 'high performance',
  'high-performance', 'highly available', 'real-time', 'real time', 'realtime', 'fast', 'faster', 'quick', 'quickly',
  'efficient', 'efficiently', 'friendly', 'easy', 'easily', 'robust', 'stable', 'intuitive', 'flexible', 'simple',
  'convenient', 'smooth', 'smoothly', 'responsive', 'timely', 'reliable', 'seamless', 'seamlessly', 'scalable',
  'adequate', 'sufficient', 'appropriate', 'good', 'better', 'nice', 'beautiful', 'modern', 'asap', 'optimal',
  'performant', 'lightweight',
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EN_RE = new RegExp(
  `(?<![A-Za-z0-9_-])(?:${[...EN_VAGUE].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![A-Za-z0-9_-])`,
  'gi',
);
const ZH_SORTED = [...ZH_VAGUE].sort((a, b) => b.length - a.length);

/** Vague words of a text, in order of appearance, without repeats. */
export function vagueWords(text: string): string[] {
  const found: { at: number; word: string }[] = [];
  const masked = new Array<boolean>(text.length).fill(false);
  const claim = (at: number, len: number): boolean => {
    for (let i = at; i < at + len; i++) if (masked[i]) return false;
    for (let i = at; i < at + len; i++) masked[i] = true;
    return true;
  };
  for (const w of ZH_NOT_VAGUE) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) claim(at, w.length);
  for (const w of ZH_SORTED) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (claim(at, w.length)) found.push({ at, word: w });
    }
  }
  for (const mt of text.matchAll(EN_RE)) {
    const at = mt.index ?? 0;
    if (claim(at, mt[0].length)) found.push({ at, word: mt[0] });
  }
  const out: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (!out.includes(f.word)) out.push(f.word);
  return out;
}

const D = '[0-9\\uFF10-\\uFF19]';
const PRODUCTS = [
  'Windows Server', 'Windows', 'Win', 'CentOS', 'RHEL', 'Red Hat', 'Ubuntu', 'Debian', 'SUSE', 'Android', 'iOS', 'iPadOS',
  'macOS', 'HarmonyOS', 'Java', 'JDK', 'JRE', 'Python', 'Node.js', 'Node', 'PHP', 'Go', '.NET', 'Office', 'Excel', 'Word',
  'Oracle', 'MySQL', 'PostgreSQL', 'SQL Server', 'DB2', 'Chrome', 'Firefox', 'Safari', 'Edge', 'IE', 'Internet Explorer',
  'Kylin', 'Linux', 'kernel', 'HTTP', 'HTML', 'TLS', 'SSL', 'IPv', 'Spring Boot', 'Spring', 'Vue', 'React', 'Angular',
  'Elasticsearch', 'ES', 'Kafka', 'Hadoop', 'Spark', 'Redis', 'Tomcat', 'Nginx', 'Docker', 'Kubernetes', 'K8s',
  'version', 'release', 'build', '版本', '麒麟', '银河麒麟', '中标麒麟', '统信', '鸿蒙', '欧拉',
];
/** Names and versions whose digits are not quantities. */
const NAMES = new RegExp(
  [
    `(?<![A-Za-z0-9])(?:${PRODUCTS.sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\\s*[vV]?${D}+(?:[.．]${D}+)*(?:\\s*(?:SP|R|U)${D}+)?`,
    `[A-Za-z\\uFF21-\\uFF3A\\uFF41-\\uFF5A]+[-_]?${D}+(?:[.．]${D}+)*[A-Za-z]*`,
    `${D}+(?:[.．]${D}+){2,}`,
    `${D}+(?:[.．]${D}+)*\\s*(?:版本|版|代|系列|型)`,
  ].join('|'),
  'gi',
);
const DIGIT = new RegExp(D);

const ZH_NUM = '[零〇一二两三四五六七八九十百千万亿]';
const ZH_UNIT = '(?:毫秒|微秒|秒钟|秒|分钟|刻钟|小时|钟头|天|工作日|周|星期|个月|年|次(?!性)|倍|台|条|笔|人|兆|[GMKT]B|[%％])';
const ZH_QUANTITY = new RegExp(`(?:百分之|千分之|万分之)${ZH_NUM}|(${ZH_NUM}(?:${ZH_NUM}|点)*)\\s*(?:个(?=小时|工作日|星期))?${ZH_UNIT}`, 'g');
/** After these, a lone 一 is a number (保留一年, 在一天内); after other Chinese characters it is part of a word (统一). */
const ONE_AFTER = /(?:在|于|内|达|过|为|约|每|近|前|后|留|存|持|需|要|超|低|高|少|多|至|到|续|满|用|仅|只|天|日|周|月|年|不足|不超)$/;
const HAN = /\p{Script=Han}$/u;

const EN_NUM = new RegExp(
  '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|thousand|million)' +
    '(?:[\\s-]+(?:hundred|thousand|million))?\\s+(?:milliseconds?|seconds?|minutes?|hours?|days?|working days?|weeks?|months?|years?|times|percent|users?|requests?)\\b',
  'i',
);

/** Whether a text states a quantity (see the decisions above). */
export function hasNumber(text: string): boolean {
  const plain = text.replace(NAMES, (m) => ' '.repeat(m.length));
  if (DIGIT.test(plain)) return true;
  if (EN_NUM.test(plain)) return true;
  for (const m of plain.matchAll(ZH_QUANTITY)) {
    const run = m[1];
    if (run === undefined || run !== '一') return true;
    const before = plain.slice(0, m.index ?? 0);
    if (!HAN.test(before) || ONE_AFTER.test(before)) return true;
  }
  return false;
}
