// Package data reads and writes career profiles: JSON Resume documents in
// JSON or YAML, from files, folders and the profiles embedded in the
// binary.
//
// Every problem is a model.Problem at file:line:col — 1-based; the column
// counts characters (Unicode code points, a tab is one), not bytes, and
// does not count a byte order mark — with a message that says what to do.
// Errors keep a profile from loading; warnings and notices do not; one bad
// file never stops the others.
//
// What is checked, in order:
//
//   - Reading: regular files only (FIFOs, devices and sockets are refused
//     without being opened for reading), at most 1 MiB (checked before
//     reading), no symbolic link out of a folder being loaded (os.Root);
//     hidden files and folders are skipped, other extensions get a notice.
//   - Encoding: UTF-16 is an error, a UTF-8 BOM a warning, invalid UTF-8
//     an error at the first bad byte.
//   - Syntax: JSON by a positional parser that also rejects duplicate keys
//     (naming the first) and nesting deeper than 64; YAML through
//     yaml.Node, rejecting anchors, aliases, merge keys, keys that are not
//     text, custom tags and a second document.
//   - Shape: a top level that is not an object, or has no JSON Resume key
//     (a package.json), is skipped with a notice.
//   - Keys that differ from a JSON Resume key only in case are errors.
//   - Dates (model.ParseDateLenient): unreadable or calendar-invalid dates
//     are errors; "present" in an end date, "2018-7", spaces and a YAML
//     number for a year are warnings; an end before its start is an error;
//     a date after now (Loader.Clock) is a warning.
//   - The official JSON Resume schema (embedded schema.json): type errors
//     in words; "format" (uri, email) violations are warnings.
//   - A profile with no name, no work and no education is a warning.
//
// Loaded text is sanitized (model.Sanitize, model.SanitizeLine); the keys vitae
// does not model are kept unsanitized, with their values unchanged, and
// written back by Marshal.
package data
