// CloudFormation templates in Maven modules: the clean stack passes, the stack whose endpoint
// config puts a KMS key on a local-NVMe instance type fails `verify`, located at the property.
def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// The exact file:line:col, rule and resource; the rest of the message belongs to the core.
def findings = lines.findAll { it.startsWith('[ERROR] src/main/resources/template.yaml:') }
assert findings.size() == 1 : findings
assert findings[0].startsWith('[ERROR] src/main/resources/template.yaml:18:17 [SM301] resource `EndpointConfig`: ')

// The clean template is checked (not skipped as an unknown file) and passes; the bad one fails.
assert lines.count { it == '[INFO] sagelint: 1 file checked, 0 errors, 0 warnings, 0 info' } == 1 : lines.findAll { it.contains('file checked') }
assert log.contains('[INFO] sagelint: 1 file checked, 1 error, 0 warnings, 0 info')
assert lines.any { it ==~ /\[INFO\] clean-stack \.+ SUCCESS .*/ }
assert lines.any { it ==~ /\[INFO\] bad-stack \.+ FAILURE .*/ }
assert log.contains('Caused by: org.apache.maven.plugin.MojoFailureException: sagelint: 1 finding at or above error (failOn=error)')
assert log.contains('BUILD FAILURE')
assert !log.contains('SLF4J')
