// The three constraints sagelint is built around fail `verify` with default settings (no
// .sagelint.yaml, default API version), each at its exact file:line:col.
def log = new File(basedir, 'build.log').text

def findings = log.readLines().findAll { it.startsWith('[ERROR] src/main/sagemaker/') }
assert findings.size() == 3 : findings
assert findings[0].startsWith('[ERROR] src/main/sagemaker/direct-model.yaml:8:5 [SM203] ')
assert findings[1].startsWith('[ERROR] src/main/sagemaker/endpoint-config.yaml:2:11 [SM301] ')
assert findings[2].startsWith('[ERROR] src/main/sagemaker/pipeline-model.yaml:6:5 [SM201] ')

assert log.contains('[INFO] sagelint: 3 files checked, 3 errors, 0 warnings, 0 info')
assert log.contains('BUILD FAILURE')
