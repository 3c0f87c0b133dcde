"""What the OpenAPI promises: readable operation ids, and every status and media type each route answers.

Operation ids are the route functions' names, which are the ``Memory`` verbs they call (``upsert_candidate``,
``add_note``, ``match``…), so a generated client reads like the Python API. The statuses are declared here,
in one table, rather than on each decorator: every route shares most of them (a handler, not the route,
answers 401, 413, 422, 500…), and a test checks that every route has an entry, so a new route cannot ship
undeclared.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from api.auth import roles_of

PROBLEM = "application/problem+json"


class FieldError(BaseModel):
    field: str
    message: str


class Problem(BaseModel):
    """An RFC 9457 problem document: every answer that is not a success."""

    type: str = "about:blank"
    title: str
    status: int = Field(ge=400, le=599)
    detail: str
    instance: str
    request_id: str | None = Field(default=None, description="Also in the X-Request-ID header and the log line.")
    field: str | None = Field(default=None, description="The input field at fault, when known.")
    errors: list[FieldError] | None = Field(default=None, description="Every invalid field (422 only).")
    limit: int | None = Field(default=None, description="The limit that was exceeded (413 only).")


# What each operation's domain may answer beyond what every route can (see ``statuses``): 404 an unknown
# candidate, segment or note owner; 409 an id or a contact that belongs to another candidate (or a hook event
# id reused with another body); 403 an erased identity re-imported without fresh consent.
DOMAIN: dict[str, tuple[int, ...]] = {
    "upsert_candidate": (403, 409),
    "get": (404,),
    "delete": (404,),
    "add_note": (404, 409),
    "add_signal": (404, 409),
    "add_touchpoint": (404, 409),
    "consent_history": (404,),
    "expiring_consents": (),
    "verify": (404,),
    "save_segment": (),
    "segments": (),
    "delete_segment": (404,),
    "due_for_touch": (404,),
    "refresh_report": (),
    "duplicates": (),
    "merge": (404, 409),
    "export": (404,),
    "retention": (),
    "match": (404,),  # a filter naming an unknown segment
    "requisition_opened": (404, 409),
    # HOOK: not role-guarded (Greenhouse reserves Authorization): 401 is a bad Signature; 404 the hook is off.
    "greenhouse_event": (401, 404, 409),
    "import_ndjson": (403,),
    "audit": (),
    "record_outcome": (404,),  # an unknown decision
    "decision": (404,),
    "healthz": (),
}

# Writes answer 201 when they created something and 200 when the same content was already stored.
CREATES = {"upsert_candidate", "add_note", "add_signal", "add_touchpoint", "save_segment"}

# Routes answering another media type than JSON as well, on their 200.
ALSO: dict[str, dict[str, dict[str, Any]]] = {
    "audit": {"text/markdown": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}}},
}


def has_body(route: APIRoute) -> bool:
    return route.body_field is not None or "requestBody" in (route.openapi_extra or {})


def is_guarded(route: APIRoute) -> bool:
    return any(roles_of(dep) for dep in route.dependant.dependencies)


def statuses(route: APIRoute) -> list[int]:
    """Every error status ``route`` may answer."""
    found = {422, 500, 503} | set(DOMAIN[route.name])
    if is_guarded(route):
        found |= {401, 403}
    if has_body(route):
        found |= {400, 413}  # 400: a body that cannot be parsed; 413: over the body or line limit
    return sorted(found)


PROBLEM_CONTENT = {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def documented(app: FastAPI, routes: list[APIRoute]) -> None:
    """Give ``routes`` readable operation ids and make ``app.openapi()`` declare what they answer."""
    for route in routes:
        if route.include_in_schema and route.name not in DOMAIN:
            raise LookupError(f"{route.name}: add it to api.contract.DOMAIN")
        route.operation_id = route.name
    by_id = {route.name: route for route in routes}

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, summary=app.summary, description=app.description, routes=app.routes
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        components.update(problem.pop("$defs", {}))
        components["Problem"] = problem
        for operations in schema["paths"].values():
            for operation in operations.values():
                _declare(operation, by_id[operation["operationId"]])
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _declare(operation: dict[str, Any], route: APIRoute) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    if route.name in CREATES:
        ok = responses.get("200") or responses["201"]
        responses["200"] = {**ok, "description": "Unchanged: the same content was already stored"}
        responses["201"] = {**ok, "description": "Created"}
    if route.name in ALSO:
        responses["200"].setdefault("content", {}).update(ALSO[route.name])
    for status in statuses(route):
        responses[str(status)] = {"description": _TITLES[status], "content": PROBLEM_CONTENT}
    if not (route.dependant.query_params or route.dependant.path_params or has_body(route)):
        # Nothing to validate: a route without parameters never answers 422.
        responses.pop("422", None)


_TITLES = {
    400: "Bad request: the body cannot be parsed",
    401: "No API key, or an unknown one",
    403: "The caller's role may not do this (or consent is required)",
    404: "Not found",
    409: "Conflict",
    413: "Too large: the body, a text field or the number of NDJSON lines is over its limit",
    422: "Invalid input",
    500: "Unexpected server error (with a request id)",
    503: "Backend unavailable: the store is locked or unreachable, or the model is missing",
}
