// Temporary authoring aid: parse every string of a catalog with the ICU parser.
import { readFileSync } from 'node:fs';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
const ALLOWED = new Set(['code','strong','em','apiLink','intLink','gatewayLink','fail2banLink','tailscaleLink','tsKeysLink']);
const file = process.argv[2];
const json = JSON.parse(readFileSync(file, 'utf8'));
let bad = 0, count = 0;
function tags(ast, out = [], depth = 0) {
  for (const el of ast) {
    if (el.type === TYPE.tag) { out.push(el.value + (depth ? '(nested!)' : '')); tags(el.children, out, depth + 1); }
    if (el.type === TYPE.argument || el.type === TYPE.plural || el.type === TYPE.select) out.push('{ARG ' + el.value + '}');
  }
  return out;
}
function walk(v, path) {
  if (typeof v === 'string') {
    count++;
    try {
      const t = tags(parse(v));
      const problems = t.filter(x => x.includes('nested') || x.startsWith('{ARG') || !ALLOWED.has(x));
      if (/&[a-z]+;|&#/.test(v)) problems.push('HTML entity');
      if (problems.length) { bad++; console.log('PROBLEM', path, problems.join(', ')); }
      else if (t.length) console.log(path, '→', [...new Set(t)].join(','));
    } catch (e) { bad++; console.log('ICU ERROR', path, e.message); }
  } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, path + '.' + i));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? path + '.' + k : k);
}
walk(json, '');
console.log(`${count} strings, ${bad} problems`);
process.exit(bad ? 1 : 0);
