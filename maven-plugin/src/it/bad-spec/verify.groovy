// A spec AWS would reject fails `verify`; the log names the exact place and rule.
def log = new File(basedir, 'build.log').text

// The exact file:line:col and rule id; the message text belongs to the core and may be reworded.
def findings = log.readLines().findAll { it.startsWith('[ERROR] src/main/sagemaker/model.yaml:') }
assert findings.size() == 1 : findings
assert findings[0].startsWith('[ERROR] src/main/sagemaker/model.yaml:2:12 [SM105] `churn_model` ')

// A failure (the build's verdict), not an error (a broken plugin), with the count and threshold.
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: sagelint: 1 finding at or above error (failOn=error); see the log above or target/sagelint')
assert log.contains('[INFO] sagelint: 1 file checked, 1 error, 0 warnings, 0 info')
assert log.contains('BUILD FAILURE')
assert !log.contains('SLF4J')
