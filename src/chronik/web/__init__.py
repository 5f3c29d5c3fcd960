"""The web layer: the REST API (FastAPI) and the web app's static files, served by ``chronik serve``.

``app.create_app`` builds the application; ``errors`` holds the one JSON error
shape; ``routes_*`` the routes (shapes in docs/api.md); ``static`` serves
``static/`` (the web app) and Swagger UI from installed packages, offline.
"""
