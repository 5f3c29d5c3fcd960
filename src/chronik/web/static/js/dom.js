// Small DOM helpers.  Text always goes in through textContent, never innerHTML,
// so nothing from the database can inject markup.

/** h(tag, attrs, ...children): an element; attrs may hold class, dataset, on* handlers. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** append(el, children): adds strings (as text), nodes and nested arrays; skips null. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** clear(el): removes every child of el. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** link(hash, text): an in-app link; hash like "#/event/ev_1". */
export function link(hash, text, cls) {
  return h("a", { href: hash, class: cls }, text);
}

/** external(url, text): a link that opens outside the app (never fetched by the app itself). */
export function external(url, text) {
  return h("a", { href: url, target: "_blank", rel: "noopener noreferrer", class: "external" }, text);
}

/** Hash path for one record, with its id encoded (ids may hold ':' or '/'). */
export function hashFor(kind, id, params) {
  const query = params && [...new URLSearchParams(params)].length ? "?" + new URLSearchParams(params) : "";
  return `#/${kind}/${encodeURIComponent(id)}${query}`;
}

/** A <section> with a heading. */
export function section(title, ...children) {
  return h("section", { class: "card" }, h("h2", {}, title), ...children);
}
