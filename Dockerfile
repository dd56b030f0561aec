# syntax=docker/dockerfile:1
# SheetLeads worker. Build: docker build -t sheetleads .
# Run (see README "Deployment"): docker run -d --name sheetleads --read-only --tmpfs /tmp \
#   -v sheetleads-data:/data -v $PWD/appsettings.json:/config/appsettings.json:ro \
#   -v $PWD/google-sa.json:/run/secrets/google-sa.json:ro sheetleads

FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine AS build
WORKDIR /src
# Restore first, from the project files alone, so code changes reuse the package layer.
COPY global.json Directory.Build.props Directory.Packages.props BannedSymbols.txt ./
COPY src/SheetLeads.Core/SheetLeads.Core.csproj src/SheetLeads.Core/
COPY src/SheetLeads.Worker/SheetLeads.Worker.csproj src/SheetLeads.Worker/
RUN dotnet restore src/SheetLeads.Worker/SheetLeads.Worker.csproj
COPY src/ src/
COPY samples/demo/ samples/demo/
COPY scripts/publish.sh scripts/
# Exactly the publish CI runs (.ci/run calls the same script). The output is portable, with a native SQLite library
# for every platform (34 MB); the image keeps Alpine's (linux-musl-*) only.
RUN scripts/publish.sh /app \
 && find /app/runtimes -mindepth 1 -maxdepth 1 ! -name 'linux-musl-*' -exec rm -rf {} +

# The ASP.NET Core runtime: the worker carries Kestrel for its optional webhook endpoint.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-alpine AS final
# tzdata: business time zones (Europe/London …) are read from the system's zone files.
RUN apk add --no-cache tzdata \
 && mkdir -p /data /config \
 && chown "$APP_UID" /data
WORKDIR /app
COPY --from=build /app ./
# The container's default config: the demo inbox into /data. Mount your own over /config/appsettings.json.
COPY docker/appsettings.json /config/appsettings.json
RUN printf '#!/bin/sh\nexec dotnet /app/SheetLeads.dll "$@"\n' > /usr/local/bin/sheetleads && chmod 755 /usr/local/bin/sheetleads

# TieredCompilation=0: the long-running worker compiles its code once, optimised, at start-up (about a second more)
# instead of recompiling what each cycle runs in the background for its first hour (BENCHMARKS.md, idle cycle).
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true \
    DOTNET_gcServer=0 \
    DOTNET_GCHeapHardLimitPercent=50 \
    DOTNET_TieredCompilation=0
# Runs as the image's non-root "app" user; everything it writes goes to /data (workbook, state, heartbeat),
# so the root filesystem can be mounted read-only.
USER $APP_UID
VOLUME ["/data"]
# The webhook endpoint's default address (SheetLeads:Webhooks:Listen), when Webhooks:Enabled; put TLS in front of it.
EXPOSE 8080
# Healthy while a sync cycle has finished in the last 10 minutes (the worker rewrites /data/heartbeat after
# every cycle; keep State:Path under /data).
HEALTHCHECK --interval=1m --timeout=5s --start-period=2m --retries=3 \
  CMD find /data/heartbeat -mmin -10 | grep -q . || exit 1
ENTRYPOINT ["dotnet", "/app/SheetLeads.dll"]
CMD ["run", "--config", "/config/appsettings.json"]
STOPSIGNAL SIGTERM
