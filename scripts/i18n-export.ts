/** npm run i18n:export: the catalogs as PO or XLIFF files; see lib/catalog-tools/exchange-cli.ts for the options. */
import { runI18nExport } from '../lib/catalog-tools/exchange-cli';

const { status, output } = await runI18nExport(process.argv.slice(2));
(status === 0 ? console.log : console.error)(output);
process.exit(status);
