/**
 * Makes test/support/fonts/dutyledger-test-hei.ttf: WenQuanYi Micro Hei cut down to the Chinese
 * characters this repository writes (its catalogues, the demo, the dashboard, the tests) and those
 * the browser's own Chinese dates and lists use. The browser tests and bench:dashboard give it to
 * Chromium (test/support/browser.ts), so a machine without a Chinese font (a CI box, this sandbox)
 * draws Chinese as users' machines do instead of as boxes after a search of every font.
 * Needs Debian's fonts-wqy-microhei and python3-fonttools (dev-time only; the font is committed).
 * Run: node -r @swc-node/register tools/chinese-test-font.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SOURCE = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const OUT = join(ROOT, 'test/support/fonts/dutyledger-test-hei.ttf');
/** What Intl says in Chinese beside the repository's own words: dates, weekdays, lists, numbers. */
const INTL =
  '年月日时分秒星期一二三四五六七八九十〇零上午下午周和或及、，。：；！？（）《》「」『』【】…—·￥％';
/** CJK ideographs, punctuation and full-width forms. */
const CHINESE =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/gu;

const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter(
    (file) => /\.(ts|js|json|html|css|md)$/.test(file) && !file.endsWith('package-lock.json'),
  );
const characters = new Set<string>(INTL);
for (const file of files) {
  for (const character of readFileSync(join(ROOT, file), 'utf8').match(CHINESE) ?? []) {
    characters.add(character);
  }
}
const text = join(tmpdir(), 'dutyledger-test-hei.txt');
writeFileSync(text, [...characters].sort().join(''));
execFileSync(
  '/usr/bin/python3',
  [
    '-m',
    'fontTools.subset',
    SOURCE,
    '--font-number=0',
    `--text-file=${text}`,
    '--layout-features=*',
    '--name-IDs=*',
    '--name-languages=*',
    `--output-file=${OUT}`,
  ],
  { stdio: 'inherit' },
);
console.log(`${characters.size} characters → ${OUT}`);
