@echo off
rem GreenPlan launcher for Windows: runs the built jar, building it first when it is missing.
rem   greenplan serve            web UI on http://localhost:8080 (embedded PostgreSQL in data\pg)
rem   greenplan parse FILE [--json]
rem   greenplan import FILE
rem   greenplan export-ledger PLAN --out ledger.xlsx
rem The same as the sh launcher "greenplan" beside it.
setlocal
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"
set "JAR=%HERE%\app\target\greenplan.jar"
if exist "%JAR%" goto run
echo Building GreenPlan (first run only)... 1>&2
pushd "%HERE%"
call mvnw.cmd -q -B -DskipTests package 1>&2
if errorlevel 1 (
  popd
  exit /b 1
)
popd
:run
rem The embedded database lives beside the code, whichever folder the launcher is started from.
if not defined GREENPLAN_DATABASE_EMBEDDED_DATA_DIR set "GREENPLAN_DATABASE_EMBEDDED_DATA_DIR=%HERE%\data\pg"
rem Commands print UTF-8 (Chinese titles and unit names): switch the console to code page 65001.
chcp 65001 >nul
java %GREENPLAN_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
