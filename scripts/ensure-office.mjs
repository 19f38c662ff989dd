// The tools of the `documents` test suite: LibreOffice (headless, converts the generated .docx to
// PDF) and poppler (pdftotext, pdfinfo, pdftoppm). When they are missing and we run as root on
// Debian (CI, these machines), they are installed with apt-get, with a CJK font so that the kept
// page images show the Chinese text; otherwise the error names the packages to install.
//
// Exports checkOfficePrerequisites() for scripts/test.mjs.

import { spawnSync } from 'node:child_process';
import { dpkgInstalled, which } from './ensure-code-server.mjs';

export const OFFICE_PACKAGES = ['libreoffice-writer-nogui', 'poppler-utils'];
const TOOLS = { soffice: 'libreoffice-writer-nogui', pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', pdftoppm: 'poppler-utils' };


/** The Debian packages whose tools are missing. */
export function missingOfficePackages() {
  return [...new Set(Object.entries(TOOLS).filter(([tool]) => !which(tool)).map(([, pkg]) => pkg))];
}

/** Installs the missing tools when root with apt-get; throws naming the packages when it cannot. */
export function checkOfficePrerequisites() {
  const missing = missingOfficePackages();
  if (!missing.length) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    const pkgs = [...missing];
    if (which('dpkg-query') && !dpkgInstalled('fonts-wqy-microhei')) pkgs.push('fonts-wqy-microhei');
    console.log(`[ensure-office] installing Debian package(s) with apt-get: ${pkgs.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
    if (install && install.status === 0 && !missingOfficePackages().length) return;
    console.log('[ensure-office] apt-get install failed');
  }
  throw new Error(
    `missing Debian package(s): ${missing.join(', ')}.\n` +
      `  Install them first:  apt-get update && apt-get install -y ${missing.join(' ')}\n` +
      `  (libreoffice-writer-nogui: soffice converts the generated Word documents to PDF;\n` +
      `  poppler-utils: pdftotext, pdfinfo and pdftoppm read the PDF back)`,
  );
}
