// check.mjs DIR: parses every .ics file in DIR with ical.js, an iCalendar
// parser independent of the module, and compares what it reads with
// DIR/expected.json. It prints one line per file and a last line
// "N passed, M failed", and exits 1 when a file fails (2 on bad usage or an
// unreadable expected.json).
//
// expected.json (written by ./export; the Go types there are the same schema):
//
//   {
//     "files": {                          every .ics file in DIR, no more, no fewer
//       "plan.ics": {
//         "prodid": "-//openpar//cchc//VI",     PRODID, exactly
//         "name": "CCHC Thái Nguyên 2017",      NAME and X-WR-CALNAME; both absent when omitted
//         "todos":  [ component, ... ],         every VTODO, no more, no fewer
//         "events": [ component, ... ]          every VEVENT, no more, no fewer
//       }
//     }
//   }
//
//   component:
//     "uid":         "0f8e6a3c-...",             UID
//     "summary":     "Báo cáo tuần",             SUMMARY, exactly, unescaped
//     "description": "chậm nhất 10 giờ",         optional: a substring of DESCRIPTION
//     "due":   value                             a VTODO's DUE
//     "start": value                             a VEVENT's DTSTART
//     "recurrence": {                            optional; when absent there is no RRULE
//       "from": "2015-12-31T17:00:00Z",          bounds of the expansion, both included
//       "to":   "2019-01-01T16:59:59Z",
//       "occurrences": ["2017-01-06T03:00:00Z", ...]
//     }                                          every occurrence start that DTSTART,
//                                                RRULE, RDATE and EXDATE give between
//                                                from and to: UTC instants for a timed
//                                                DTSTART, days ("2018-03-05") for an
//                                                all-day one; from and to alike
//
//   value: either an all-day value   { "date": "2017-08-31" }
//          or a time                 { "local": "2017-07-07T10:00:00",  the wall-clock time written
//                                      "tzid": "Asia/Ho_Chi_Minh",       the zone ical.js resolves
//                                                                        ("UTC" for a time ending in Z)
//                                      "utc": "2017-07-07T03:00:00Z" }   the instant
//
// A TZID other than UTC needs a VTIMEZONE of that TZID in the file, from
// which ical.js must compute the offset between local and utc (UTC+7 for
// Asia/Ho_Chi_Minh); a VTIMEZONE no value uses is an unexpected component.
// Every physical line must end with CRLF and be at most 75 octets long.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';

// Expansion stops after this many occurrences, so that a rule that never
// reaches "to" fails instead of running forever.
const maxOccurrences = 100000;

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
const utcPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

async function main() {
  const args = process.argv.slice(2);
  if (args.length !== 1) {
    console.error('usage: node check.mjs DIR');
    process.exit(2);
  }
  const dir = args[0];
  let expected;
  try {
    expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8'));
  } catch (e) {
    console.error(`icaljs: ${path.join(dir, 'expected.json')}: ${e.message}`);
    process.exit(2);
  }
  if (!expected || typeof expected.files !== 'object' || expected.files === null) {
    console.error(`icaljs: ${path.join(dir, 'expected.json')}: no "files" object`);
    process.exit(2);
  }
  const present = (await readdir(dir)).filter((n) => n.endsWith('.ics'));
  const names = [...new Set([...present, ...Object.keys(expected.files)])].sort();
  if (names.length === 0) {
    console.error(`icaljs: ${dir}: no .ics files to check`);
    process.exit(2);
  }

  let passed = 0;
  let failed = 0;
  for (const name of names) {
    const problems = [];
    let counts = '';
    const want = expected.files[name];
    if (!want) {
      problems.push('not listed in expected.json');
    } else if (!present.includes(name)) {
      problems.push('listed in expected.json but not in the directory');
    } else {
      counts = checkFile(await readFile(path.join(dir, name)), want, problems);
    }
    if (problems.length === 0) {
      passed++;
      console.log(`ok  ${name}: ${counts}`);
    } else {
      failed++;
      console.log(`FAIL ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
      for (const p of problems) {
        console.log(`  ${name}: ${p}`);
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

// checkFile appends to problems every way the file differs from want, and
// returns the counts for the "ok" line.
function checkFile(bytes, want, problems) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push('not valid UTF-8 (a character split by folding?)');
    return '';
  }
  checkLines(text, problems);

  let jcal;
  try {
    jcal = ICAL.parse(text);
  } catch (e) {
    problems.push(`ical.js cannot parse it: ${e.message}`);
    return '';
  }
  // ICAL.parse returns one component, or a list when the file has several.
  if (Array.isArray(jcal[0])) {
    problems.push(`top level: want one VCALENDAR, got ${jcal.length} components`);
    return '';
  }
  const root = new ICAL.Component(jcal);
  if (root.name !== 'vcalendar') {
    problems.push(`top level: want VCALENDAR, got ${root.name.toUpperCase()}`);
    return '';
  }
  const fail = (field, w, g) => problems.push(`VCALENDAR: ${field}: want ${show(w)}, got ${show(g)}`);
  same(fail, 'VERSION', '2.0', root.getFirstPropertyValue('version'));
  same(fail, 'PRODID', want.prodid, root.getFirstPropertyValue('prodid'));
  same(fail, 'NAME', want.name ?? null, root.getFirstPropertyValue('name'));
  same(fail, 'X-WR-CALNAME', want.name ?? null, root.getFirstPropertyValue('x-wr-calname'));

  const todos = want.todos ?? [];
  const events = want.events ?? [];
  const zones = new Set();
  for (const c of [...todos, ...events]) {
    for (const v of [c.due, c.start]) {
      if (v && v.tzid && v.tzid !== 'UTC') zones.add(v.tzid);
    }
  }

  // Index the components by kind and UID, flagging any the file should not have.
  const found = new Map([['vtodo', new Map()], ['vevent', new Map()]]);
  const timezones = new Set();
  for (const comp of root.getAllSubcomponents()) {
    const kind = comp.name.toUpperCase();
    if (comp.name === 'vtimezone') {
      const tzid = comp.getFirstPropertyValue('tzid');
      if (!zones.has(tzid)) {
        problems.push(`VTIMEZONE TZID ${show(tzid)}: unexpected: no expected value uses it`);
      } else if (timezones.has(tzid)) {
        problems.push(`VTIMEZONE TZID ${show(tzid)}: defined twice`);
      }
      timezones.add(tzid);
      continue;
    }
    const byUID = found.get(comp.name);
    const uid = comp.getFirstPropertyValue('uid');
    if (!byUID) {
      problems.push(`${kind}${uid ? ' UID ' + uid : ''}: unexpected component`);
      continue;
    }
    if (byUID.has(uid)) {
      problems.push(`${kind} UID ${uid}: two components with this UID`);
      continue;
    }
    byUID.set(uid, comp);
    for (const sub of comp.getAllSubcomponents()) {
      problems.push(`${kind} UID ${uid}: unexpected ${sub.name.toUpperCase()} inside`);
    }
  }
  for (const tzid of zones) {
    if (!timezones.has(tzid)) {
      problems.push(`VTIMEZONE TZID ${show(tzid)}: missing, yet values use it`);
    }
  }

  for (const [name, wants, prop, field] of [
    ['vtodo', todos, 'due', 'due'],
    ['vevent', events, 'dtstart', 'start'],
  ]) {
    const byUID = found.get(name);
    const kind = name.toUpperCase();
    for (const w of wants) {
      const comp = byUID.get(w.uid);
      if (!comp) {
        problems.push(`${kind} UID ${w.uid}: missing (SUMMARY ${show(w.summary)})`);
        continue;
      }
      byUID.delete(w.uid);
      checkComponent(comp, `${kind} UID ${w.uid}`, w, prop, w[field], problems);
    }
    for (const [uid, comp] of byUID) {
      problems.push(`${kind} UID ${uid}: unexpected (SUMMARY ${show(comp.getFirstPropertyValue('summary'))})`);
    }
  }
  return `${todos.length} todos, ${events.length} events`;
}

// checkLines checks the physical lines: CRLF endings, 75 octets at most
// (RFC 5545 §3.1), which ical.js does not check since it accepts longer ones.
function checkLines(text, problems) {
  const lines = text.split('\r\n');
  if (lines.pop() !== '') {
    problems.push('the last line does not end with CRLF');
  }
  lines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) {
      problems.push(`line ${i + 1}: a bare CR or LF; lines end with CRLF`);
    }
    const octets = Buffer.byteLength(line, 'utf8');
    if (octets > 75) {
      problems.push(`line ${i + 1}: length: want at most 75 octets, got ${octets}`);
    }
  });
}

// checkComponent compares one VTODO or VEVENT with its expectation; prop is
// the property ("due" or "dtstart") whose value is wantWhen.
function checkComponent(comp, where, want, prop, wantWhen, problems) {
  const fail = (field, w, g) => problems.push(`${where}: ${field}: want ${show(w)}, got ${show(g)}`);
  same(fail, 'SUMMARY', want.summary, comp.getFirstPropertyValue('summary'));
  if (want.description) {
    const got = comp.getFirstPropertyValue('description');
    if (typeof got !== 'string' || !got.includes(want.description)) {
      fail('DESCRIPTION (substring)', want.description, got);
    }
  }
  checkValue(comp, prop.toUpperCase(), wantWhen, fail);

  const rule = comp.getFirstPropertyValue('rrule');
  if (!want.recurrence) {
    if (rule) fail('RRULE', null, rule.toString());
    return;
  }
  if (!rule) {
    fail('RRULE', 'a recurrence rule', null);
    return;
  }
  checkRecurrence(comp, rule, want.recurrence, fail);
}

// checkValue compares a DUE or DTSTART with its expected value.
function checkValue(comp, name, want, fail) {
  const got = comp.getFirstPropertyValue(name.toLowerCase());
  if (!want) {
    if (got) fail(name, null, got.toString());
    return;
  }
  if (!got) {
    fail(name, want.date ?? want.local, null);
    return;
  }
  if (want.date !== undefined) {
    if (!got.isDate || got.toString() !== want.date) {
      fail(name, want.date, got.toString());
    }
    return;
  }
  if (got.isDate) {
    fail(name, want.local, got.toString());
    return;
  }
  // An unresolved TZID leaves ical.js with a floating time.
  same(fail, `${name} time zone`, want.tzid, got.zone ? got.zone.tzid : null);
  same(fail, `${name} local time`, want.local, localString(got));
  same(fail, `${name} instant`, want.utc, utcString(got));
  const wantOffset = (Date.parse(want.local + 'Z') - Date.parse(want.utc)) / 1000;
  same(fail, `${name} UTC offset`, offsetString(wantOffset), offsetString(got.utcOffset()));
}

// checkRecurrence expands rule from the component's DTSTART with ical.js,
// which also adds the RDATE instances and drops the EXDATE ones (a report the
// working calendar moves is written as both), and compares the occurrences
// between want.from and want.to.
function checkRecurrence(comp, rule, want, fail) {
  const dtstart = comp.getFirstPropertyValue('dtstart');
  if (!dtstart) {
    fail('DTSTART', 'a start for the RRULE', null);
    return;
  }
  const key = dtstart.isDate ? (t) => t.toString() : utcString;
  const pattern = dtstart.isDate ? dayPattern : utcPattern;
  const form = dtstart.isDate ? 'a day' : 'a UTC instant';
  for (const [field, v] of [['from', want.from], ['to', want.to], ...want.occurrences.map((o, i) => [`occurrence ${i + 1}`, o])]) {
    if (typeof v !== 'string' || !pattern.test(v)) {
      fail(`expected.json recurrence ${field}`, form, v);
      return;
    }
  }
  const got = [];
  try {
    const it = new ICAL.RecurExpansion({ component: comp, dtstart });
    for (let n = 0; ; n++) {
      const next = it.next();
      if (!next) break;
      const k = key(next);
      if (k > want.to) break;
      if (n === maxOccurrences) {
        fail(`RRULE ${rule.toString()}`, `to reach ${want.to}`, `still at ${k} after ${n} occurrences`);
        return;
      }
      if (k >= want.from) got.push(k);
    }
  } catch (e) {
    fail(`RRULE ${rule.toString()}`, 'an expansion', `an error: ${e.message}`);
    return;
  }
  const w = want.occurrences;
  const i = firstDifference(w, got);
  if (i >= 0) {
    fail(
      `RRULE ${rule.toString()} over [${want.from}, ${want.to}]`,
      `${w.length} occurrences, #${i + 1} ${w[i] ?? '(none)'}`,
      `${got.length} occurrences, #${i + 1} ${got[i] ?? '(none)'}`,
    );
  }
}

// firstDifference returns the first index where a and b differ, or -1.
function firstDifference(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return i;
  }
  return -1;
}

// same reports field when got differs from want.
function same(fail, field, want, got) {
  if (want !== got) fail(field, want, got);
}

// show quotes strings and leaves null as null, for messages.
function show(v) {
  return v === null || v === undefined ? 'null' : JSON.stringify(v);
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

// localString is the wall-clock time of t as written, "2017-07-07T10:00:00".
function localString(t) {
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
}

// utcString is the instant of t, "2017-07-07T03:00:00Z".
function utcString(t) {
  return new Date(t.toUnixTime() * 1000).toISOString().replace('.000Z', 'Z');
}

// offsetString writes an offset in seconds as "+07:00".
function offsetString(seconds) {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  return `${sign}${pad(Math.floor(abs / 3600))}:${pad(Math.floor((abs % 3600) / 60))}`;
}

await main();
