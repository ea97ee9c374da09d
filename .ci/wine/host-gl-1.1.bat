@echo off
rem Started by .ci/smoke-windows (from C:\rd, a path without spaces, which
rem cmd /c needs) with the host OpenGL held at 1.1 through
rem MESA_GL_VERSION_OVERRIDE: Wine hands the variable to Windows programs
rem too, where the bundled Mesa would read it. Clear it on this side only.
set MESA_GL_VERSION_OVERRIDE=
"C:\Roster Desk\rosterdesk.exe" %*
