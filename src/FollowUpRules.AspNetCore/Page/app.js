// The FollowUpRules page: pick or paste a case, choose profiles, and see for each profile the next
// action (with its reasons and script) and the campaign played forward, on a time axis in office
// time and the candidate's time. Plain JavaScript: no build step, no requests but to this service.
'use strict';

(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);
  const form = $('form');
  const caseBox = $('case');
  const nowBox = $('now');
  const exampleBox = $('example');
  const profilesBox = $('profiles');
  const status = $('status');
  const results = $('results');
  const compareButton = $('compare');

  // ---- Talking to the service -------------------------------------------------------------------

  class ServiceProblem extends Error {
    constructor(problem) {
      super(problem.detail || problem.title);
      this.problem = problem;
    }
  }

  async function call(path, body) {
    const response = await fetch(path, body === undefined ? {} : {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: body,
    });
    const text = await response.text();
    let document = null;
    try { document = JSON.parse(text); } catch (e) { /* not JSON: reported below */ }
    if (!response.ok) {
      throw new ServiceProblem(document && document.problems ? document : { title: 'HTTP ' + response.status, detail: text || response.statusText, problems: [] });
    }
    return document;
  }

  // ---- Time --------------------------------------------------------------------------------------

  const formats = new Map();
  function format(zone, options) {
    const key = zone + JSON.stringify(options);
    if (!formats.has(key)) {
      formats.set(key, new Intl.DateTimeFormat('en-GB', Object.assign({ timeZone: zone, hourCycle: 'h23' }, options)));
    }
    return formats.get(key);
  }
  const when = (zone, ms) => format(zone, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(ms);
  const time = (zone, ms) => format(zone, { hour: '2-digit', minute: '2-digit' }).format(ms);
  const dayKey = (zone, ms) => format(zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  const dayLabel = (zone, ms) => format(zone, { weekday: 'short', day: 'numeric', month: 'short' }).format(ms);
  const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const DAY = 86400000;

  /** The instants at which the local date changes in a zone, between two instants (15-minute steps find half-hour zones too). */
  function midnights(zone, from, to) {
    const ticks = [];
    const step = to - from > 120 * DAY ? 3600000 : 900000;
    let previous = dayKey(zone, from);
    for (let t = Math.floor(from / step) * step + step; t <= to; t += step) {
      const key = dayKey(zone, t);
      if (key !== previous) { ticks.push(t); previous = key; }
    }
    return ticks;
  }

  function defaultNow(followUp) {
    let last = Date.parse(followUp && followUp.interview && followUp.interview.at);
    for (const attempt of (followUp && followUp.attempts) || []) {
      const at = Date.parse(attempt.at);
      if (at > last) { last = at; }
    }
    return isNaN(last) ? null : new Date(last + 60000).toISOString().replace('.000Z', 'Z');
  }

  // ---- Words -------------------------------------------------------------------------------------

  const words = (name) => String(name).replace(/([A-Z])/g, ' $1').toLowerCase();
  const names = (people) => (people || []).map((p) => p.name).join(', ');

  function describe(decision, zone) {
    switch (decision.kind) {
      case 'wait': return 'Wait until ' + when(zone, Date.parse(decision.until)) + ' office time, then decide again';
      case 'call': {
        const w = decision.window;
        return (decision.isFinalCall ? 'Final call: ' : 'Call ') + decision.whom.name + ' on ' + decision.number + ' (' + words(decision.numberKind) + '), '
          + when(zone, Date.parse(w.start)) + '–' + time(zone, Date.parse(w.end)) + ' office time';
      }
      case 'sendEmail': return 'Email ' + names(decision.to) + ' (' + words(decision.purpose) + ')';
      case 'sendThankYouNote': return 'Send a handwritten thank-you note to ' + names(decision.to);
      case 'messageOnLinkedIn': return 'Message ' + decision.recipient + ' on LinkedIn';
      case 'contactAgency': return 'Contact ' + decision.agency.name + ' at the agency by ' + words(decision.channel) + ' to ' + words(decision.request);
      case 'stop': return 'Stop: ' + words(decision.reason);
      default: return decision.kind;
    }
  }

  function outcome(recorded) {
    if (!recorded) { return ''; }
    const parts = ['answered by ' + words(recorded.answeredBy || 'nobody')];
    if (recorded.voicemailLeft) { parts.push('voicemail left'); }
    if (recorded.status) { parts.push(words(recorded.status)); }
    return parts.join(', ');
  }

  const kindClass = {
    call: 'call', sendEmail: 'written', sendThankYouNote: 'written', messageOnLinkedIn: 'written', contactAgency: 'agency',
  };

  // ---- Drawing -----------------------------------------------------------------------------------

  function el(name, attributes, text) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes || {})) { node.setAttribute(key, value); }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function html(name, attributes, children) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (key === 'text') { node.textContent = value; } else { node.setAttribute(key, value); }
    }
    for (const child of children || []) { node.append(child); }
    return node;
  }

  /** One event of the campaign: when it happens, what it is, what came of it. */
  function events(transcript) {
    return transcript.steps.map((step) => {
      const d = step.decision;
      const at = step.recorded ? Date.parse(step.recorded.at) : Date.parse(step.decidedAt);
      return { step: step.step, at: at, decidedAt: Date.parse(step.decidedAt), decision: d, recorded: step.recorded };
    });
  }

  /** The drawing's width in CSS pixels, so that its text stays readable: one column's width on this screen. */
  function columnWidth(count) {
    const total = results.clientWidth || document.documentElement.clientWidth;
    const perRow = Math.max(1, Math.min(count, Math.floor((total + 20) / 440)));
    return Math.max(280, Math.round((total - (perRow - 1) * 20) / perRow) - 34);
  }

  function timeline(profile, transcript, windows, office, candidate, caseName, width) {
    const list = events(transcript);
    const start = Date.parse(transcript.from);
    let end = start + DAY;
    for (const e of list) {
      end = Math.max(end, e.at, e.decision.kind === 'wait' ? Date.parse(e.decision.until) : 0);
    }
    end += Math.max((end - start) * 0.03, 3600000 * 6);
    const height = 150;
    const labels = Math.max(3, Math.floor(width / 80));
    const left = 10;
    const right = width - 10;
    const x = (ms) => left + (right - left) * (ms - start) / (end - start);
    const lane = 78;

    const calls = list.filter((e) => e.decision.kind === 'call').length;
    const svg = el('svg', {
      viewBox: '0 0 ' + width + ' ' + height, class: 'timeline', role: 'img',
      'aria-label': 'Timeline of the ' + profile + ' campaign: ' + calls + (calls === 1 ? ' call' : ' calls') + ', ' + list.length + ' steps',
      'data-calls': String(calls),
    });
    svg.append(el('title', {}, 'Campaign under ' + profile + ' for ' + caseName));

    // Call windows (shaded), then the axis, the days in office time above and in the candidate's time below.
    for (const w of windows) {
      const a = Math.max(Date.parse(w.start), start);
      const b = Math.min(Date.parse(w.end), end);
      if (b > a) {
        const rect = el('rect', { x: x(a).toFixed(2), y: 30, width: Math.max(x(b) - x(a), 1).toFixed(2), height: 96, class: 'window ' + w.quality });
        rect.append(el('title', {}, 'Call window ' + when(office, Date.parse(w.start)) + '–' + time(office, Date.parse(w.end)) + ' office time (' + w.quality + ')'));
        svg.append(rect);
      }
    }
    svg.append(el('line', { x1: left, x2: right, y1: lane, y2: lane, class: 'axis' }));
    const officeDays = midnights(office, start, end);
    const every = Math.max(1, Math.ceil(officeDays.length / labels));
    officeDays.forEach((t, i) => {
      svg.append(el('line', { x1: x(t).toFixed(2), x2: x(t).toFixed(2), y1: 26, y2: 130, class: 'axis' }));
      if (i % every === 0) { svg.append(el('text', { x: (x(t) + 2).toFixed(2), y: 20, class: 'office-day' }, dayLabel(office, t))); }
    });
    const candidateDays = midnights(candidate, start, end);
    const everyCandidate = Math.max(1, Math.ceil(candidateDays.length / labels));
    candidateDays.forEach((t, i) => {
      svg.append(el('line', { x1: x(t).toFixed(2), x2: x(t).toFixed(2), y1: 126, y2: 134, class: 'axis' }));
      if (i % everyCandidate === 0) { svg.append(el('text', { x: (x(t) + 2).toFixed(2), y: 146, class: 'candidate-day' }, dayLabel(candidate, t))); }
    });

    // Waits as dashed lines, actions as marks, the stop as a cross.
    for (const e of list) {
      const d = e.decision;
      const label = when(office, e.at) + ' office (' + when(candidate, e.at) + ' candidate): ' + describe(d, office) + (e.recorded ? '; ' + outcome(e.recorded) : '');
      let mark;
      if (d.kind === 'wait') {
        mark = el('line', { x1: x(e.decidedAt).toFixed(2), x2: x(Date.parse(d.until)).toFixed(2), y1: lane + 24, y2: lane + 24, class: 'wait' });
      } else if (d.kind === 'stop') {
        const cx = x(e.at);
        mark = el('path', { d: 'M' + (cx - 7) + ' ' + (lane - 7) + 'l14 14m0 -14l-14 14', class: 'event stop' });
      } else if (d.kind === 'call') {
        const answered = e.recorded && e.recorded.answeredBy && e.recorded.answeredBy !== 'voicemail' && e.recorded.answeredBy !== 'nobody';
        mark = el('circle', { cx: x(e.at).toFixed(2), cy: lane, r: 6.5, class: 'event call' + (answered ? '' : ' unanswered') });
        if (e.recorded && e.recorded.voicemailLeft) {
          svg.append(el('text', { x: (x(e.at) - 8).toFixed(2), y: lane - 11, class: 'voicemail' }, 'VM'));
        }
      } else {
        const cx = x(e.at);
        const kind = kindClass[d.kind] || 'written';
        mark = kind === 'agency'
          ? el('path', { d: 'M' + cx + ' ' + (lane - 8) + 'l7 13h-14z', class: 'event agency' })
          : el('rect', { x: (cx - 6).toFixed(2), y: lane - 6, width: 12, height: 12, class: 'event written', transform: d.kind === 'messageOnLinkedIn' ? 'rotate(45 ' + cx.toFixed(2) + ' ' + lane + ')' : '' });
      }
      mark.setAttribute('data-step', String(e.step));
      mark.setAttribute('data-kind', d.kind);
      mark.append(el('title', {}, 'Step ' + e.step + ': ' + label));
      svg.append(mark);
    }
    svg.append(el('desc', {}, 'Days in office time (' + office + ') above the axis, in the candidate\'s time (' + candidate + ') below.'));
    return { svg: svg, list: list };
  }

  function legend() {
    const item = (swatch, text) => html('li', {}, [html('span', { 'aria-hidden': 'true', class: swatch }), text]);
    return html('ul', { class: 'legend', 'aria-label': 'Legend' }, [
      item('swatch-window', 'call window (darker: preferred)'), item('swatch-call', 'call (hollow: no one answered)'),
      item('swatch-written', 'email, note or LinkedIn'), item('swatch-agency', 'agency'), item('swatch-wait', 'wait'), item('swatch-stop', 'stop'),
    ]);
  }

  function column(profile, decision, transcript, windows, office, candidate, caseName, width) {
    const article = html('article', { class: 'profile', 'data-profile': profile.name, 'aria-labelledby': 'profile-' + profile.name });
    article.append(html('h2', { id: 'profile-' + profile.name, text: profile.name }));
    article.append(html('p', { class: 'description', text: profile.description }));

    article.append(html('h3', { text: 'Next action' }));
    article.append(html('p', { class: 'next', 'data-kind': decision.kind, text: describe(decision, office) }));
    if (decision.kind === 'call') {
      const w = decision.window;
      article.append(html('p', {
        class: 'summary-line',
        text: 'Candidate time: ' + when(candidate, Date.parse(w.start)) + '–' + time(candidate, Date.parse(w.end))
          + '. If voicemail: ' + words(decision.ifVoicemail) + '. If a receptionist: ' + words(decision.ifGatekeeper) + '.',
      }));
    }
    const reasons = html('ul', { class: 'reasons' });
    for (const reason of decision.reasons) {
      reasons.append(html('li', {}, [html('code', { text: reason.ruleId }), ' ' + reason.explanation]));
    }
    article.append(reasons);
    if (decision.script && decision.script.text) {
      article.append(html('details', {}, [html('summary', { text: 'What to say or write' }), html('pre', { text: decision.script.text })]));
    }

    article.append(html('h3', { text: 'Campaign when nobody answers' }));
    const drawn = timeline(profile.name, transcript, windows, office, candidate, caseName, width);
    article.append(html('p', { class: 'axis-caption', text: 'Office time, ' + office }));
    article.append(drawn.svg);
    article.append(html('p', { class: 'axis-caption', text: 'Candidate time, ' + candidate }));
    article.append(legend());
    const calls = drawn.list.filter((e) => e.decision.kind === 'call').length;
    const last = transcript.steps[transcript.steps.length - 1];
    article.append(html('p', {
      class: 'summary-line',
      text: calls + (calls === 1 ? ' call' : ' calls') + ' in ' + transcript.steps.length + ' steps; '
        + (transcript.stopped ? 'stops ' + when(office, Date.parse(last.decidedAt)) + ' (' + words(last.decision.reason) + ').' : 'no stop within the steps played.'),
    }));
    const steps = html('ol', { class: 'steps', 'aria-label': 'Steps of the ' + profile.name + ' campaign' });
    for (const e of drawn.list) {
      const text = when(office, e.at) + ' office / ' + when(candidate, e.at) + ' candidate: ' + describe(e.decision, office) + (e.recorded ? ' (' + outcome(e.recorded) + ')' : '');
      steps.append(html('li', { 'data-kind': e.decision.kind, text: text }));
    }
    article.append(html('details', {}, [html('summary', { text: 'Every step' }), steps]));
    return article;
  }

  // ---- Problems ----------------------------------------------------------------------------------

  function showProblem(error, profile) {
    const box = html('div', { class: 'problem' });
    if (error instanceof ServiceProblem) {
      box.append(html('p', {}, [html('strong', { text: (profile ? profile + ': ' : '') + error.problem.title })]));
      const list = html('ul');
      for (const p of error.problem.problems || []) {
        list.append(html('li', {}, [html('code', { text: p.path }), (p.value !== null && p.value !== undefined ? ' = ' + p.value : '') + ': ' + p.message]));
      }
      if (!list.children.length) { list.append(html('li', { text: error.problem.detail })); }
      box.append(list);
    } else {
      box.append(html('p', { text: 'The service could not be reached: ' + error.message }));
    }
    status.append(box);
  }

  // ---- The form ----------------------------------------------------------------------------------

  async function compare(event) {
    if (event) { event.preventDefault(); }
    status.replaceChildren();
    const chosen = Array.from(profilesBox.querySelectorAll('input:checked')).map((i) => i.value);
    if (!chosen.length) {
      status.append(html('p', { class: 'problem', text: 'Choose at least one profile.' }));
      return;
    }
    let followUp = null;
    try { followUp = JSON.parse(caseBox.value); } catch (e) { /* the service names the problem */ }
    const now = nowBox.value.trim() || defaultNow(followUp) || new Date().toISOString();
    const office = (followUp && followUp.office && followUp.office.timeZoneId) || 'UTC';
    const candidate = (followUp && followUp.candidate && followUp.candidate.timeZoneId) || localZone();
    const caseName = followUp && followUp.candidate ? followUp.candidate.name + ', ' + followUp.interview.role + ' at ' + followUp.interview.company : 'the case';
    compareButton.disabled = true;
    status.append(html('p', { class: 'muted', text: 'Deciding at ' + now + '…' }));
    const width = columnWidth(chosen.length);
    const q = (profile) => '?profile=' + encodeURIComponent(profile) + '&now=' + encodeURIComponent(now);
    const columns = await Promise.all(chosen.map(async (name) => {
      try {
        const [profile, decision, transcript, windows] = await Promise.all([
          call('v1/profiles/' + encodeURIComponent(name)),
          call('v1/decide' + q(name), caseBox.value),
          call('v1/simulate' + q(name) + '&maxSteps=60', caseBox.value),
          call('v1/windows?profile=' + encodeURIComponent(name) + '&from=' + encodeURIComponent(now) + '&count=100', caseBox.value).catch(() => ({ windows: [] })),
        ]);
        return column(profile, decision, transcript, windows.windows, office, candidate, caseName, width);
      } catch (error) {
        return { error: error, name: name };
      }
    }));
    status.replaceChildren();
    const shown = [];
    const reported = new Set();
    for (const c of columns) {
      if (c.error) {
        const key = c.error instanceof ServiceProblem ? JSON.stringify(c.error.problem.problems) : c.error.message;
        if (!reported.has(key)) { reported.add(key); showProblem(c.error, c.error.problem && c.error.problem.type.endsWith('unknown-profile') ? c.name : null); }
      } else {
        shown.push(c);
      }
    }
    results.replaceChildren(...shown);
    results.setAttribute('data-state', shown.length ? 'shown' : 'empty');
    status.append(html('p', { class: 'muted', text: shown.length ? 'Compared ' + shown.length + (shown.length === 1 ? ' profile' : ' profiles') + ' at ' + now + '.' : 'Nothing to show.' }));
    compareButton.disabled = false;
  }

  async function loadExample() {
    if (!exampleBox.value) { return; }
    const response = await fetch('page/examples/' + encodeURIComponent(exampleBox.value) + '.json');
    caseBox.value = await response.text();
    nowBox.value = '';
  }

  async function start() {
    try {
      const [examples, profiles] = await Promise.all([call('page/examples/index.json'), call('v1/profiles')]);
      for (const name of examples.examples) {
        exampleBox.append(html('option', { value: name, text: name.replace(/-/g, ' ') }));
      }
      profilesBox.replaceChildren();
      for (const profile of profiles.profiles) {
        const input = html('input', { type: 'checkbox', name: 'profile', value: profile.name, id: 'use-' + profile.name });
        if (profile.name === profiles.default || profile.name === 'rcr') { input.checked = true; }
        profilesBox.append(html('label', { for: 'use-' + profile.name, title: profile.description }, [input, profile.name]));
      }
      if (examples.examples.length) {
        exampleBox.value = examples.examples.includes('first-follow-up') ? 'first-follow-up' : examples.examples[0];
        await loadExample();
      }
      document.body.setAttribute('data-ready', 'true');
    } catch (error) {
      showProblem(error, null);
    }
  }

  exampleBox.addEventListener('change', loadExample);
  form.addEventListener('submit', compare);
  start();
})();
