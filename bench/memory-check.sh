#!/usr/bin/env bash
# Memory check: lint 10,000 realistic specs with a 256 MiB heap (issue 7).
#
# Generates 5,000 CreateModel and 5,000 CreateEndpointConfig specs (YAML and JSON, about one in
# ten with a mistake, every endpoint config naming a model of the run, so the cross-document phase
# has real work) into a temporary directory, runs the CLI jar with -Xmx256m, and passes when the
# run ends with exit code 0 or 1 (clean or findings) and no OutOfMemoryError. Prints the wall
# time, the peak RSS where /usr/bin/time is available, and the peak heap after GC.
#
#   bench/memory-check.sh            # 10,000 files, -Xmx256m
#   FILES=20000 HEAP=128m bench/memory-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."

files="${FILES:-10000}"
# shellcheck source=bench/heap-check-lib.sh
source bench/heap-check-lib.sh
heap_check_setup memory-check

specs="$work/specs"
mkdir -p "$specs"

echo "memory-check: generating $files specs" >&2
half=$((files / 2))
for ((t = 0; t < 50; t++)); do mkdir -p "$specs/team-$t"; done
# Builtins only (read from a here-document, printf to the file): a process per file would make
# generating take minutes.
write() { printf '%s' "$text" >"$1"; }
for ((i = 0; i < half; i++)); do
  dir="$specs/team-$((i % 50))"
  name="model-$i"
  [[ $((i % 10)) -eq 7 ]] && name="model_$i" # an underscore: SM105
  instance="ml.m5.xlarge"
  [[ $((i % 13)) -eq 5 ]] && instance="ml.m5.xlargee" # a typo: SM104 with a suggestion
  if ((i % 2)); then
    IFS= read -r -d '' text <<EOF || true
# CreateModel request $i
ModelName: $name
ExecutionRoleArn: arn:aws:iam::123456789012:role/SageMakerExecutionRole
PrimaryContainer:
  Image: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
  ModelDataUrl: s3://acme-ml-models/churn/$i/model.tar.gz
  Environment:
    SAGEMAKER_PROGRAM: inference.py
    SAGEMAKER_CONTAINER_LOG_LEVEL: "20"
    RUN_ID: "$i"
VpcConfig:
  SecurityGroupIds: [sg-0a1b2c3d4e5f67890]
  Subnets: [subnet-0123456789abcdef0, subnet-0fedcba9876543210]
EnableNetworkIsolation: true
Tags:
  - {Key: team, Value: team-$((i % 50))}
  - {Key: run, Value: "$i"}
EOF
    write "$dir/model-$i.yaml"
    IFS= read -r -d '' text <<EOF || true
EndpointConfigName: endpoint-config-$i
ProductionVariants:
  - VariantName: current
    ModelName: $name
    InstanceType: $instance
    InitialInstanceCount: 2
    InitialVariantWeight: 0.9
  - VariantName: candidate
    ModelName: model-$(((i + 1) % half))
    InstanceType: ml.m5.xlarge
    InitialInstanceCount: 1
    InitialVariantWeight: 0.1
DataCaptureConfig:
  EnableCapture: true
  InitialSamplingPercentage: 20
  DestinationS3Uri: s3://acme-ml-capture/run-$i
  CaptureOptions: [{CaptureMode: Input}, {CaptureMode: Output}]
Tags: [{Key: team, Value: team-$((i % 50))}]
EOF
    write "$dir/endpoint-config-$i.yaml"
  else
    IFS= read -r -d '' text <<EOF || true
{
  "ModelName": "$name",
  "ExecutionRoleArn": "arn:aws:iam::123456789012:role/SageMakerExecutionRole",
  "PrimaryContainer": {
    "Image": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
    "ModelDataUrl": "s3://acme-ml-models/churn/$i/model.tar.gz",
    "Environment": {"SAGEMAKER_PROGRAM": "inference.py", "RUN_ID": "$i"}
  },
  "EnableNetworkIsolation": true,
  "Tags": [{"Key": "team", "Value": "team-$((i % 50))"}]
}
EOF
    write "$dir/model-$i.json"
    IFS= read -r -d '' text <<EOF || true
{
  "EndpointConfigName": "endpoint-config-$i",
  "ProductionVariants": [
    {"VariantName": "current", "ModelName": "$name", "InstanceType": "$instance",
     "InitialInstanceCount": 2, "InitialVariantWeight": 0.9},
    {"VariantName": "candidate", "ModelName": "model-$(((i + 1) % half))", "InstanceType": "ml.m5.xlarge",
     "InitialInstanceCount": 1, "InitialVariantWeight": 0.1}
  ],
  "Tags": [{"Key": "team", "Value": "team-$((i % 50))"}]
}
EOF
    write "$dir/endpoint-config-$i.json"
  fi
done
count="$(find "$specs" -type f | wc -l)"
echo "memory-check: $count files, $(du -sh "$specs" | cut -f1) on disk" >&2

timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f "%e s wall, %M KiB peak RSS" -o "$work/time")
start=$(date +%s)
status=0
"${timer[@]}" java "-Xmx$heap" -Xlog:gc:file="$work/gc.log" -XX:+HeapDumpOnOutOfMemoryError \
  -XX:HeapDumpPath="$work" -jar "$jar" lint "$specs" --format json --output "$work/report.json" \
  >"$work/stdout" 2>"$work/stderr" || status=$?
end=$(date +%s)

peak_after_gc="$(peak_heap_after_gc "$work/gc.log")"
echo "memory-check: exit $status in $((end - start)) s; $(cat "$work/time" 2>/dev/null || echo 'no /usr/bin/time');" \
  "largest heap after a GC: ${peak_after_gc:-?} MiB of $heap"
if grep -q "OutOfMemoryError" "$work/stderr" "$work/stdout"; then
  echo "memory-check: FAILED: OutOfMemoryError" >&2
  head -n 5 "$work/stderr" >&2
  exit 1
fi
if [[ "$status" -ne 0 && "$status" -ne 1 ]]; then
  echo "memory-check: FAILED: exit code $status" >&2
  head -n 5 "$work/stderr" >&2
  exit 1
fi
findings="$(grep -o '"rule"' "$work/report.json" | wc -l)"
echo "memory-check: passed ($count files, $findings findings in the report)"
