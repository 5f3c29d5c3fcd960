"""The web app's files under ``/`` and Swagger UI at ``/docs``, both served from the installed packages.

A GET of any path outside ``/api/`` answers the file of that name under
``chronik/web/static/`` when there is one (resolved, and refused when it
would leave the folder: no path traversal, no symlink out), else
``index.html`` when it exists (the web app routes in the browser), else the
404 error document.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles


def install(app: FastAPI, static_dir: Path) -> None:
    """Add /docs (when swagger-ui-py is installed) and the web app's catch-all route to ``app``;
    call after every API route is registered."""
    _install_docs(app)
    root = static_dir.resolve()

    @app.get("/{path:path}", include_in_schema=False)
    def web_app(path: str) -> FileResponse:
        if path == "api" or path.startswith("api/"):
            raise HTTPException(404)
        found = static_file(root, path or "index.html")
        if found is None:
            found = static_file(root, "index.html")
        if found is None:
            raise HTTPException(404)
        return FileResponse(found)


def static_file(root: Path, path: str) -> Path | None:
    """The file ``path`` names under the resolved folder ``root``, or None when there is none or the
    path would leave ``root`` (``..``, absolute paths, NUL, symlinks pointing outside)."""
    if "\x00" in path or "\\" in path or not root.is_dir():
        return None
    try:
        candidate = (root / path).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if root not in candidate.parents or not candidate.is_file():
        return None
    return candidate


def _install_docs(app: FastAPI) -> None:
    try:
        import swagger_ui
    except ImportError:
        return
    assets = Path(swagger_ui.__file__).with_name("static")
    if not (assets / "swagger-ui-bundle.js").is_file():
        return
    app.mount("/docs-assets", StaticFiles(directory=assets), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="chronik API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/docs-assets/favicon-32x32.png")
