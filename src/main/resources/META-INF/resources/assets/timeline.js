// Event Timeline front end: draws /api/timeline as a list of dated cards. No dependencies, nothing from elsewhere.
(() => {
"use strict";

const FILTERS = ["person", "year", "from", "to", "q", "document"];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child.nodeType ? child : document.createTextNode(String(child)));
  }
  return node;
}

function query(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (filters[name]) params.set(name, filters[name]);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || response.statusText);
  return body;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function dateLabel(date) {
  if (date.value.includes("/")) { // an event that lasts: "1994/2007" is "1994 – 2007"
    return `${pointLabel(date.start, date.precision)} – ${pointLabel(date.end, date.precision)}`;
  }
  const [y, m, d] = date.start.split("-").map(Number);
  switch (date.precision) {
    case "DAY": return `${d} ${MONTHS[m - 1]} ${y}`;
    case "MONTH": return `${MONTHS[m - 1]} ${y}`;
    case "WEEK": return `Week ${date.value.slice(6, 8)}, ${date.value.slice(0, 4)}`;
    case "QUARTER": return `${date.value.slice(5)} ${y}`;
    case "DECADE": return `${y}s`;
    default: return date.value.length === 4 ? date.value : `${date.value} (${date.precision.toLowerCase()})`;
  }
}

function pointLabel(day, precision) {
  const [y, m, d] = day.split("-").map(Number);
  return precision === "DAY" ? `${d} ${MONTHS[m - 1]} ${y}` : precision === "MONTH" ? `${MONTHS[m - 1]} ${y}` : `${y}`;
}

function card(event, onOpen) {
  const source = event.sources[0];
  const quote = source ? el("blockquote", {}, source.quote, " ",
    el("a", { href: `/api/documents/${encodeURIComponent(source.documentId)}`, target: "_blank", rel: "noopener" },
      source.title || source.externalId || "source")) : null;
  const heading = el("h3", {}, event.title);
  return el("div", { class: "card", "data-event": event.id },
    el("div", { class: "date" }, dateLabel(event.date)),
    onOpen ? el("button", { class: "open", type: "button", onclick: () => onOpen(event.id) }, heading) : heading,
    event.people.length ? el("div", { class: "people" }, event.people.map(p => p.name).join(", ")) : null,
    event.conflictsWith.length ? el("div", { class: "conflict" }, "⚠ other reports give another date") : null,
    quote);
}

/** Draws the events of one filter set into `target`; returns the answer. */
async function drawTimeline(target, filters, onOpen) {
  target.replaceChildren(el("p", { class: "empty" }, "Loading…"));
  const answer = await getJson(`/api/timeline?${query(filters, { limit: 500 })}`);
  const list = el("ol", { class: "timeline" });
  let year = null;
  for (const event of answer.events) {
    const y = event.date.start.slice(0, 4);
    if (y !== year) { list.append(el("li", { class: "year" }, y)); year = y; }
    list.append(el("li", { class: "event" }, card(event, onOpen)));
  }
  target.replaceChildren(
    el("p", { class: "summary" }, `${answer.total} event${answer.total === 1 ? "" : "s"}`),
    answer.events.length ? list : el("p", { class: "empty" }, "No events for these filters."));
  return answer;
}

function filtersFromLocation() {
  const params = new URLSearchParams(location.search);
  const filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  return filters;
}

/** The detail of one event: its sources, and the conflicting reports side by side. */
async function drawDetail(target, id) {
  const event = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const others = await Promise.all(event.conflictsWith.map(c => getJson(`/api/events/${encodeURIComponent(c)}`)));
  target.replaceChildren(el("div", { class: "detail" },
    el("h2", {}, event.title),
    el("p", {}, event.sentence),
    el("h3", {}, "Sources"),
    el("ul", {}, event.sources.map(s => el("li", {}, el("q", {}, s.quote), " — ",
      el("a", { href: `/api/documents/${encodeURIComponent(s.documentId)}`, target: "_blank", rel: "noopener" },
        s.title || s.externalId || s.documentId)))),
    others.length ? el("h3", {}, "Conflicting reports") : null,
    others.length ? el("div", { class: "side-by-side" }, card(event), others.map(o => card(o))) : null));
}

window.EventTimeline = { drawTimeline, drawDetail, filtersFromLocation, query, getJson, FILTERS };
})();
