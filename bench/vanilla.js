// Reads golive's stored offers exactly as the app does (index, then one key per offer,
// each a {schema, revision, packed} envelope) and paints the All offers table.
(async function () {
  const STEP = ['', 'Validate Pre-Requisites', 'Certification', 'Provisioning',
    'Packaging and Lead Generation Registration', 'Offer Available in Preview', 'Publisher Signoff', 'Live'];
  const status = (offer) => {
    const run = offer.run;
    if (!run) return offer.live ? 'Live' : 'Draft';
    switch (run.state) {
      case 'Succeeded': return 'Live';
      case 'Failed': return 'Attention needed';
      case 'WaitingForPublisherReview': return 'Waiting for sign-off';
      case 'Canceled': return offer.live ? 'Live' : 'Canceled';
      default: {
        const i = run.steps.findIndex((s) => s.state !== 'Complete');
        return 'In progress: ' + STEP[i + 1];
      }
    }
  };
  // An offer's data is packed (deflate, then 15 bits per UTF-16 unit from U+0020): unpack
  // the bits, inflate with the browser's own DecompressionStream, parse.
  const inflate = async (packed) => {
    // The first character is the number of padding bits in the last one.
    const length = ((packed.length - 1) * 15 - (packed.charCodeAt(0) - 0x20)) / 8;
    const bytes = new Uint8Array(length + 2);
    let buffer = 0;
    let held = 0;
    let n = 0;
    for (let i = 1; i < packed.length; i++) {
      buffer = (buffer << 15) | (packed.charCodeAt(i) - 0x20);
      held += 15;
      while (held >= 8) {
        held -= 8;
        bytes[n++] = (buffer >> held) & 0xff;
        buffer &= (1 << held) - 1;
      }
    }
    const stream = new Blob([bytes.subarray(0, length)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return JSON.parse(await new Response(stream).text());
  };
  const index = JSON.parse(localStorage.getItem('golive:index') || '{"data":[]}').data;
  const reads = [];
  for (const id of index) {
    const text = localStorage.getItem('golive:offer:' + id);
    if (text) {
      const envelope = JSON.parse(text);
      reads.push(envelope.packed === undefined ? envelope.data : inflate(envelope.packed));
    }
  }
  const offers = await Promise.all(reads);
  offers.sort((a, b) => b.changed - a.changed);
  const tbody = document.getElementById('rows');
  const fragment = document.createDocumentFragment();
  // The first page, as the app shows it (100 rows a page, newest change first).
  for (const offer of offers.slice(0, 100)) {
    const tr = document.createElement('tr');
    const cells = [offer.draft.settings.name, status(offer), offer.draft.settings.offer_id,
      new Date(offer.changed).toLocaleString(), ''];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    const dup = document.createElement('button');
    dup.textContent = 'Duplicate';
    tr.children[4].appendChild(dup);
    fragment.appendChild(tr);
  }
  tbody.appendChild(fragment);
})();
