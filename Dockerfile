# Multi-stage build on the official Node 24 slim image; production dependencies only, non-root, data in a volume.
# One image for both modes: long polling by default, Telegram's webhook on PORT when WEBHOOK_URL is set.
FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-slim
# DATA_DIR, not DATABASE_URL: an env file that sets DATABASE_URL to a relative path still lands in the volume.
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY knowledge ./knowledge
RUN mkdir -p /data && chown node:node /data
USER node
# Node's compile cache (see src/main.ts) filled in the image, so a new container's first start skips stripping and
# compiling the modules too: --help loads every module the bot starts with, then exits. Same V8 flags as the CMD:
# V8 refuses cached code made under other flags.
RUN node --max-semi-space-size=1 --optimize-for-size --initial-heap-size=48 src/main.ts --help > /dev/null
VOLUME ["/data"]
# The webhook (when WEBHOOK_URL is set) and /livez, /readyz, /metrics in both modes.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/livez`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node, not npm: npm does not pass SIGTERM on, and the bot needs it to stop cleanly. Same flags as `npm start`
# (a small young generation and V8 tuned for size keep resident memory down; a first heap of 48 MB spares a start
# the five or six full collections a heap tuned for size makes while it grows to what the index holds; see the README).
CMD ["node", "--max-semi-space-size=1", "--optimize-for-size", "--initial-heap-size=48", "src/main.ts"]
