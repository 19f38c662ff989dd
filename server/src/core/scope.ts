/**
 * Customer scope: which files of a portfolio belong to the same customer as a given file.
 *
 * Decisions:
 * - A customer's own folder is the folder holding the plan and its subfolders (DOMAIN.md
 *   "Portfolio"). Two files share a scope when the folder of one holds the folder of the other:
 *   `a/x.poc.yaml` sees `a/stakeholders.yaml` and `a/docs/y.requirements.yaml`, a plan in
 *   `a/docs/` sees the stakeholders in `a/`; `a/…` and `b/…` (siblings, say under a parent folder
 *   checked as one) never see each other. A file at the parent's top level sees both (it is no
 *   customer's file).
 * - Folders are compared on the URI's path up to its last `/` (file: URIs and untitled: alike),
 *   so the test is a string prefix test, with no file system access.
 */

/** The folder of a file URI, with its trailing slash. */
export function folderOf(uri: string): string {
  const cut = uri.split(/[?#]/, 1)[0];
  return cut.slice(0, cut.lastIndexOf('/') + 1);
}

/** Whether two folders (with trailing slashes) are in the same scope: one holds the other. */
export function sameScopeFolders(a: string, b: string): boolean {
  return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/** Whether two file URIs are in the same customer scope. */
export function sameScope(a: string, b: string): boolean {
  return sameScopeFolders(folderOf(a), folderOf(b));
}
