// Build 1: the same spec that fails bad-spec with SM105 passes once .sagelint.yaml switches SM105 off.
// Build 2: a configuration file with a mistake stops the build at the mistake (invoker.properties).
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./)
assert builds.length == 3 : 'two builds in the log'
def (first, second) = [builds[1], builds[2]]

// The file was linted as a spec (it is not among the skipped ones) and nothing was reported.
assert first.contains('[INFO] sagelint: 1 file checked, 0 errors, 0 warnings, 0 info')
assert !first.contains('SM105')
assert first.contains('BUILD SUCCESS')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sagelint/sagelint.json'))
assert report.findings == []
assert report.summary.files == 1 && report.summary.skippedFiles == 0

// An execution error (broken setup), not a failure (findings), naming file:line:col.
assert second.contains('Caused by: org.apache.maven.plugin.MojoExecutionException: broken-config.yaml:3:1: unknown key `fail_on`; did you mean `fail-on`?')
assert second.contains('BUILD FAILURE')
assert !second.contains('MojoFailureException')
