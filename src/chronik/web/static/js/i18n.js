// UI labels in German and English (i18n/de.json, i18n/en.json).
// The language comes from the toggle (remembered in localStorage), else the browser.

const SUPPORTED = ["de", "en"];
const STORE_KEY = "chronik.lang";
let labels = {};
let current = "de";

/** The language to start with: the stored choice, else the browser's, else German. */
export function initialLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORE_KEY);
  } catch (_) {
    stored = null;
  }
  if (SUPPORTED.includes(stored)) return stored;
  const browser = (navigator.language || "de").slice(0, 2).toLowerCase();
  return SUPPORTED.includes(browser) ? browser : "de";
}

/** load(lang): fetches the label file and makes it current; requires lang in SUPPORTED. */
export async function load(lang) {
  const response = await fetch(`i18n/${lang}.json`);
  labels = await response.json();
  current = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(STORE_KEY, lang);
  } catch (_) {
    /* private mode: the choice is not remembered */
  }
}

/** The current language code. */
export function lang() {
  return current;
}

/** The other language (for the toggle). */
export function otherLanguage() {
  return current === "de" ? "en" : "de";
}

/** t(key, vars): the label for key with {name} placeholders filled; the key itself if missing. */
export function t(key, vars = {}) {
  const text = labels[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

/** Fills the static labels of the page (data-i18n, data-i18n-placeholder). */
export function translateStatic(root = document) {
  root.querySelectorAll("[data-i18n]").forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  root.querySelectorAll("[data-i18n-placeholder]").forEach((el) => {
    el.placeholder = t(el.dataset.i18nPlaceholder);
  });
}

/** Formats a number for the current language. */
export function num(value, digits = 0) {
  if (value === null || value === undefined) return "–";
  return Number(value).toLocaleString(current, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
