// Both variants have weight 0: SM313, a warning and the spec's only finding. failOn=warning in the
// pom makes that fail the build (with the default failOn=error it would pass).
def log = new File(basedir, 'build.log').text
def findings = log.readLines().findAll { it.contains(' src/main/sagemaker/endpoint-config.json') }
assert findings.size() == 1 : findings
// Logged at WARN, with the position and rule.
assert findings[0].startsWith('[WARNING] src/main/sagemaker/endpoint-config.json:3:3 [SM313] ')
assert log.contains('[INFO] sagelint: 1 file checked, 0 errors, 1 warning, 0 info')
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: sagelint: 1 finding at or above warning (failOn=warning); see the log above or target/sagelint')
assert log.contains('BUILD FAILURE')
assert !log.contains('SLF4J')
