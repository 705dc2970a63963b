// Reads golive's stored offers exactly as the app does (index, then one key per offer,
// each a {schema, revision, packed} envelope) and paints the All offers table.
(function () {
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
  // the bits, inflate, parse. Inflating is synchronous, with fflate (the fastest inflater
  // for the browser we know): the browser's own DecompressionStream costs a stream and
  // several promises per offer, which made this page, not the app, the slow one.
  const utf8 = new TextDecoder();
  const inflate = (packed) => {
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
    return JSON.parse(utf8.decode(fflate.inflateSync(bytes.subarray(0, length))));
  };
  const index = JSON.parse(localStorage.getItem('golive:index') || '{"data":[]}').data;
  const offers = [];
  for (const id of index) {
    const text = localStorage.getItem('golive:offer:' + id);
    if (text) {
      const envelope = JSON.parse(text);
      offers.push(envelope.packed === undefined ? envelope.data : inflate(envelope.packed));
    }
  }
  offers.sort((a, b) => b.changed - a.changed);
  window.vanillaOffers = offers;
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

// With ?bench=1, the app's ticker pass done by hand every 250 ms: the simulated time from
// the stored clock, then each offer's next deadline (its first started, unfinished step)
// compared with it. Each pass is recorded as a `vanilla-tick` measure.
(function () {
  if (!/[?&]bench=1(&|$)/.test(location.search)) return;
  const FACTOR = { RealTime: 1, HourPerMinute: 60, DayPerMinute: 1440, DayPer10Seconds: 8640 };
  const clock = JSON.parse(localStorage.getItem('golive:clock') || 'null')?.data;
  const offers = window.vanillaOffers;
  setInterval(() => {
    performance.mark('vanilla-tick-start');
    const wall = Date.now();
    const now = !clock ? wall : clock.paused ? clock.anchor_sim : clock.anchor_sim + (wall - clock.anchor_wall) * FACTOR[clock.speed];
    let due = 0;
    for (const offer of offers) {
      const step = offer.run?.steps.find((s) => s.due !== null && s.ended === null);
      if (step && step.due <= now) due += 1;
    }
    window.vanillaDue = due;
    performance.measure('vanilla-tick', 'vanilla-tick-start');
  }, 250);
})();
