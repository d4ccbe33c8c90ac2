/** npm run i18n:check: see lib/catalog-tools/cli.ts for the options. */
import { runI18nCheck } from '../lib/catalog-tools/cli';

const { status, output } = runI18nCheck(process.argv.slice(2), { color: process.stdout.isTTY && !process.env.NO_COLOR });
(status === 2 ? console.error : console.log)(output);
process.exit(status);
