import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** Word → PDF with LibreOffice, in a profile of its own so parallel runs do not share one. */
export function toPdf(docx: Uint8Array, dir: string, name = 'lapp'): string {
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, docx);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return path.join(dir, `${name}.pdf`);
}
