# CitizenVoice web app: portal, back office, API and job server in one container.
# Build:  docker build -t citizenvoice .
# Run:    docker run -p 8080:8080 -e Database__Provider=PostgreSql -e ConnectionStrings__CitizenVoice="Host=db;..." citizenvoice
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/CitizenVoice.Web -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# DOTNET_ReadyToRun=0: with tiered compilation off (see the csproj), precompiled framework code would never be
# replaced by optimised code; JIT-compiling it once at start costs a few seconds and saves about a third of the CPU
# per request (bench/intake.sh).
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    DOTNET_ReadyToRun=0 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    Attachments__Path=/data/attachments \
    Smtp__PickupFolder=/data/mail \
    Classifier__ModelPath=/app/ml-models \
    Classifier__TrainingDataPath=/app/ml-models/data \
    Classifier__ModelStorePath=/data/models
COPY --from=build /app ./
# The shipped models, their metrics (the first retraining's baseline) and the corpus retraining starts from.
COPY ml-models/*.zip ml-models/*.json ./ml-models/
COPY ml-models/data/petitions.tsv ./ml-models/data/
# App_Data (embedded SQLite), attachments and mail live on a volume owned by the non-root user.
RUN mkdir -p /data /app/App_Data && chown -R $APP_UID /data /app/App_Data
VOLUME ["/data"]
USER $APP_UID
EXPOSE 8080
# Probes: GET /health/live (process up) and GET /health/ready (database reachable).
ENTRYPOINT ["dotnet", "CitizenVoice.Web.dll"]
