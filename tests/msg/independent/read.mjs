// Prints what an independent .msg reader (@kenjiuno/msgreader) sees in each file given
// (node read.mjs [--ansi=CODEPAGE] FILE...; --ansi sets the code page of 8-bit strings for the
// files after it, since that reader does not read PR_MESSAGE_CODEPAGE itself):
// one JSON object per line, {"file": PATH, "view": VIEW} or {"file": PATH, "error": TEXT}.
// VIEW = {class, subject, recipients: [{name, email, smtp, type}],
//         attachments: [{name, size, embedded: VIEW | null}]}
// tst_independentreader builds the same view from our reader and compares.
import { readFileSync } from 'node:fs';
import MsgReaderModule from '@kenjiuno/msgreader';

const MsgReader = MsgReaderModule.default ?? MsgReaderModule;

function str(v) {
  return typeof v === 'string' ? v : '';
}

function view(fields) {
  return {
    class: str(fields.messageClass),
    subject: str(fields.subject),
    recipients: (fields.recipients ?? []).map((r) => ({
      name: str(r.name),
      email: str(r.email),
      smtp: str(r.smtpAddress),
      type: r.recipType === undefined ? '' : String(r.recipType),
    })),
    attachments: (fields.attachments ?? []).map((a) => ({
      name: str(a.fileName) || str(a.fileNameShort) || str(a.name),
      size: a.innerMsgContent ? 0 : (a.contentLength ?? 0),
      embedded: a.innerMsgContent && a.innerMsgContentFields ? view(a.innerMsgContentFields) : null,
    })),
  };
}

let ansiEncoding;
for (const file of process.argv.slice(2)) {
  if (file.startsWith('--ansi=')) {
    ansiEncoding = file.slice('--ansi='.length) || undefined;
    continue;
  }
  try {
    const bytes = readFileSync(file);
    const reader = new MsgReader(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    if (ansiEncoding)
      reader.parserConfig = { ansiEncoding };
    const fields = reader.getFileData();
    if (fields.error)
      console.log(JSON.stringify({ file, error: String(fields.error) }));
    else
      console.log(JSON.stringify({ file, view: view(fields) }));
  } catch (e) {
    console.log(JSON.stringify({ file, error: String(e) }));
  }
}
