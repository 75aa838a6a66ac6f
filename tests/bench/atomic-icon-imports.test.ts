import fs from 'node:fs';
import path from 'node:path';

// The loader is plain CommonJS for webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const atomicIconImports = require('../../scripts/webpack/atomic-icon-imports.js') as (source: string) => string;

const root = path.resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('icons imported one module each', () => {
  it('sends each icon to its own module, keeps aliases, and leaves the helpers to the index', () => {
    const out = atomicIconImports("import {\n  HomeRegular,\n  DocumentSignatureRegular as Signature,\n  bundleIcon,\n  ArrowDownload16Filled,\n} from '@fluentui/react-icons';");
    expect(out.split('\n')).toEqual([
      "import { HomeRegular } from '@fluentui/react-icons/svg/home';",
      "import { DocumentSignatureRegular as Signature } from '@fluentui/react-icons/svg/document-signature';",
      "import { bundleIcon } from '@fluentui/react-icons';",
      "import { ArrowDownload16Filled } from '@fluentui/react-icons/svg/arrow-download';",
    ]);
  });

  it('finds a module exporting every icon the app imports', () => {
    const imported = sourceFiles(path.join(root, 'src')).flatMap((file) =>
      [...atomicIconImports(fs.readFileSync(file, 'utf8')).matchAll(/import \{ ([^}]*) \} from '@fluentui\/react-icons\/svg\/([a-z0-9-]+)'/g)].flatMap(([, names, atom]) =>
        names!.split(',').map((name) => ({ file: path.relative(root, file), name: name.trim().split(/\s+as\s+/)[0]!, atom: atom! })),
      ),
    );
    const exports = (atom: string) => {
      const atomFile = path.join(root, 'node_modules/@fluentui/react-icons/lib/atoms/svg', `${atom}.js`);
      return fs.existsSync(atomFile) ? fs.readFileSync(atomFile, 'utf8') : '';
    };
    expect(imported.length).toBeGreaterThan(30);
    expect(imported.filter(({ name, atom }) => !exports(atom).includes(`export const ${name} `)).map(({ file, name, atom }) => `${file}: ${name} (svg/${atom})`)).toEqual([]);
  });
});
