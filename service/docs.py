"""Swagger UI (/docs) and ReDoc (/redoc), served from the installed `fastapi-offline` package:
the API's documentation works without a network, like the rest of the product. Their pages load
only files from this server (no inline script), under the policy CSP_DOCS."""

from __future__ import annotations

from html import escape
from importlib.util import find_spec
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

OWN_ASSETS = Path(__file__).parent / "docs_assets"
ASSETS_URL = "/docs/assets"


def vendor_assets() -> Path | None:
    """Swagger UI's and ReDoc's files in the installed fastapi-offline package, if any."""
    spec = find_spec("fastapi_offline")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "static"
    return folder if (folder / "swagger-ui-bundle.js").is_file() else None


SWAGGER_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} — API (Swagger UI)</title>
<link rel="stylesheet" href="{assets}/swagger-ui.css">
<link rel="icon" type="image/png" href="{assets}/favicon.png">
<script src="{assets}/swagger-ui-bundle.js" defer></script>
<script src="{assets}/swagger-init.js" defer></script>
</head>
<body data-root="{root}">
<div id="swagger-ui"></div>
</body>
</html>
"""

REDOC_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} — API (ReDoc)</title>
<link rel="icon" type="image/png" href="{assets}/favicon.png">
</head>
<body>
<redoc spec-url="{root}/openapi.json"></redoc>
<script src="{assets}/redoc.standalone.js"></script>
</body>
</html>
"""


def _missing() -> JSONResponse:
    return JSONResponse(
        {
            "detail": "the API documentation pages need the fastapi-offline package "
            "(pip install 'okr-coach[service]'); the schema is at /openapi.json",
            "code": "not_installed",
        },
        status_code=404,
    )


def install_docs(app: FastAPI) -> None:
    """Add /docs, /redoc and their files to `app` (created with docs_url=redoc_url=None)."""
    vendor = vendor_assets()

    def page(template: str, request: Request) -> HTMLResponse | JSONResponse:
        if vendor is None:
            return _missing()
        root = escape(request.scope.get("root_path", ""), quote=True)
        html = template.format(title=escape(app.title), assets=root + ASSETS_URL, root=root)
        return HTMLResponse(html, headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False, response_model=None)
    def swagger_ui(request: Request) -> HTMLResponse | JSONResponse:
        return page(SWAGGER_PAGE, request)

    @app.get("/redoc", include_in_schema=False, response_model=None)
    def redoc(request: Request) -> HTMLResponse | JSONResponse:
        return page(REDOC_PAGE, request)

    @app.get(ASSETS_URL + "/swagger-init.js", include_in_schema=False)
    def swagger_init() -> FileResponse:
        return FileResponse(OWN_ASSETS / "swagger-init.js", media_type="text/javascript")

    if vendor is not None:
        app.mount(ASSETS_URL, StaticFiles(directory=vendor), name="docs-assets")
