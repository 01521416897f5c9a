// Gettext catalogues without gettext: reads a .po file and writes the .mo file WordPress loads
// (GNU MO format, little-endian, no hash table). Enough for our catalogues: msgctxt, msgid,
// msgstr; no plural forms.

/** @returns {{ context?: string, id: string, str: string }[]} */
export function parsePo(text) {
  const entries = [];
  let entry = null;
  let field = null;
  const flush = () => {
    if (entry && entry.id !== undefined && entry.str !== undefined) entries.push(entry);
    entry = null;
    field = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      if (line === '' && entry && entry.str !== undefined) flush();
      continue;
    }
    const keyword = /^(msgctxt|msgid|msgstr)\s+(".*")$/.exec(line);
    if (keyword) {
      const [, name, value] = keyword;
      if (name === 'msgctxt' || (name === 'msgid' && (!entry || entry.str !== undefined))) flush();
      entry ??= {};
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'str' }[name];
      entry[field] = unquote(value);
    } else if (/^".*"$/.test(line) && entry && field) {
      entry[field] += unquote(line);
    } else {
      throw new Error(`po: cannot read line: ${raw}`);
    }
  }
  flush();
  return entries.filter((e) => e.str !== '' || e.id === '');
}

function unquote(quoted) {
  return JSON.parse(quoted.replace(/\\(?!["\\nt])/g, '\\\\'));
}

/** @returns {Buffer} */
export function compileMo(entries) {
  const pairs = entries
    .map((e) => ({
      key: Buffer.from(e.context ? `${e.context}\u0004${e.id}` : e.id),
      value: Buffer.from(e.str),
    }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const count = pairs.length;
  const headerSize = 28;
  const tables = count * 16;
  let offset = headerSize + tables;
  const keyOffsets = [];
  const valueOffsets = [];
  for (const pair of pairs) {
    keyOffsets.push([pair.key.length, offset]);
    offset += pair.key.length + 1;
  }
  for (const pair of pairs) {
    valueOffsets.push([pair.value.length, offset]);
    offset += pair.value.length + 1;
  }
  const out = Buffer.alloc(offset);
  out.writeUInt32LE(0x950412de, 0);
  out.writeUInt32LE(0, 4);
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(headerSize, 12);
  out.writeUInt32LE(headerSize + count * 8, 16);
  out.writeUInt32LE(0, 20);
  out.writeUInt32LE(headerSize + tables, 24); // no hash table; WordPress expects its offset right after the two tables
  pairs.forEach((pair, i) => {
    out.writeUInt32LE(keyOffsets[i][0], headerSize + i * 8);
    out.writeUInt32LE(keyOffsets[i][1], headerSize + i * 8 + 4);
    out.writeUInt32LE(valueOffsets[i][0], headerSize + count * 8 + i * 8);
    out.writeUInt32LE(valueOffsets[i][1], headerSize + count * 8 + i * 8 + 4);
    pair.key.copy(out, keyOffsets[i][1]);
    pair.value.copy(out, valueOffsets[i][1]);
  });
  return out;
}
