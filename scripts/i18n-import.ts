/** npm run i18n:import: PO or XLIFF files back into the catalogs; see lib/catalog-tools/exchange-cli.ts for the options. */
import { runI18nImport } from '../lib/catalog-tools/exchange-cli';

const { status, output } = await runI18nImport(process.argv.slice(2));
(status === 0 ? console.log : console.error)(output);
process.exit(status);
