"""One router per resource; each route parses, calls one ``Memory`` method and renders."""
