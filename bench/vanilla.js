// Reads golive's stored offers exactly as the app does (index, then one key per offer,
// each a {schema, revision, data} envelope) and paints the All offers table.
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
  const index = JSON.parse(localStorage.getItem('golive:index') || '{"data":[]}').data;
  const offers = [];
  for (const id of index) {
    const text = localStorage.getItem('golive:offer:' + id);
    if (text) offers.push(JSON.parse(text).data);
  }
  offers.sort((a, b) => b.changed - a.changed);
  const tbody = document.getElementById('rows');
  const fragment = document.createDocumentFragment();
  for (const offer of offers) {
    const tr = document.createElement('tr');
    const cells = [offer.draft.settings.name, offer.draft.settings.offer_id,
      new Date(offer.changed).toLocaleString(), '', status(offer)];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    }
    const dup = document.createElement('button');
    dup.textContent = 'Duplicate';
    tr.children[3].appendChild(dup);
    fragment.appendChild(tr);
  }
  tbody.appendChild(fragment);
})();
