# Builds and runs Dangol; used by docker-compose.yml next to postgres:17.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app dangol
WORKDIR /app
COPY --from=build /src/crm-app/target/crm-app.jar /app/crm-app.jar
USER dangol
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/crm-app.jar"]
