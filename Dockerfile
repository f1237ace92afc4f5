# Watcher in a slim image, running as a non-root user. One image serves every role: the
# entrypoint is `watcher` and the command names the role (`run` by default, `worker`, `serve`,
# `check`, ...); compose.yaml runs them side by side on PostgreSQL.
#   docker build -t watcher .
#   docker run -d --name watcher \
#     -v "$PWD/watcher.toml:/app/watcher.toml:ro" -v watcher-data:/data \
#     -e WATCHER_SMTP_PASSWORD --stop-timeout 120 watcher
# The config must set `data_dir = "/data"`; `email.password_env` names the password variable.

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY watcher ./watcher
# watcher/data/claims.json links to the committed baseline; the wheel carries a copy.
COPY baselines ./baselines
# The workers extra brings the PostgreSQL driver and the task queue (procrastinate).
RUN pip wheel --no-cache-dir --wheel-dir /wheels ".[workers]"

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    WATCHER_CONFIG=/app/watcher.toml
RUN groupadd --system --gid 10001 watcher \
 && useradd --system --uid 10001 --gid watcher --home-dir /data --shell /usr/sbin/nologin watcher \
 && mkdir -p /data /app \
 && chown watcher:watcher /data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels "watcher[workers]" \
 && rm -rf /wheels
# The baseline the differ compares with; `baseline` in the config resolves against /app.
COPY baselines /app/baselines
COPY seeds /app/seeds
WORKDIR /data
USER watcher:watcher
VOLUME ["/data"]
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=2m --timeout=30s --start-period=1m --retries=3 \
  CMD ["watcher", "status", "--runs", "1"]
ENTRYPOINT ["watcher"]
CMD ["run"]
