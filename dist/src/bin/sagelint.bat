@echo off
rem sagelint @project.version@ for Windows: runs the jars in ..\lib with the Java 17+ found in
rem JAVA_HOME or on PATH, from any directory. SAGELINT_JAVA_OPTS adds JVM flags. (No class-data
rem sharing archive here: bin/sagelint makes one on first use; see docs/performance.md.)
setlocal
set "SAGELINT_LIB=%~dp0..\lib"
set "SAGELINT_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "SAGELINT_JAVA=%JAVA_HOME%\bin\java.exe"
"%SAGELINT_JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData %SAGELINT_JAVA_OPTS% -cp "%SAGELINT_LIB%\*" dev.sagelint.cli.Main %*
exit /b %ERRORLEVEL%
