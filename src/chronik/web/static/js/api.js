// The REST API client (docs/api.md).  Every call goes to the same origin.

/** Raised for every non-2xx answer; carries the API's error shape. */
export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

/** query(params): a query string from an object, skipping empty values. */
export function query(params = {}) {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") qs.set(key, value);
  }
  const text = qs.toString();
  return text ? "?" + text : "";
}

/** get(path, params): the decoded JSON of GET /api/<path>; throws ApiError on error. */
export async function get(path, params) {
  const response = await fetch("api/" + path + query(params), { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    body = null;
  }
  if (!response.ok) {
    const err = (body && body.error) || {};
    throw new ApiError(response.status, err.code || "http", err.message || response.statusText, err.field);
  }
  return body;
}

/** Encodes an id for a path segment. */
export function seg(id) {
  return encodeURIComponent(id);
}

let metaPromise = null;

/** meta(): GET /api/meta, fetched once per page load. */
export function meta() {
  if (!metaPromise) metaPromise = get("meta").catch(() => ({ types: [], counts: {}, version: "" }));
  return metaPromise;
}
