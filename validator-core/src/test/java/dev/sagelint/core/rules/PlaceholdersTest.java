package dev.sagelint.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      <ROLE ARN>                                                      | <ROLE ARN>                | FILL_IN
      arn:aws:iam::<accountid>:role/Airflow                          | <accountid>               | FILL_IN
      ${DDN_MODEL_NAME}                                               | ${DDN_MODEL_NAME}         | VARIABLE
      $NAME                                                           | $NAME                     | VARIABLE
      $role                                                           | $role                     | VARIABLE
      s3://$BUCKET/model.tar.gz                                       | $BUCKET                   | VARIABLE
      arn:aws:kms:${AWS::Region}:123456789012:alias/a                 | ${AWS::Region}            | VARIABLE
      $(aws sts get-caller-identity)                                  | $(aws sts get-caller-identity) | VARIABLE
      __MODEL_NAME__                                                  | __MODEL_NAME__            | VARIABLE
      {{ ti.xcom_pull(task_ids='train') }}                            | {{ ti.xcom_pull(task_ids='train') }} | TEMPLATE
      #{SourceVariables.CommitId}                                     | #{SourceVariables.CommitId} | TEMPLATE
      s3://sagemaker-us-west-2-{account-number}/models/model.tar.gz   | {account-number}          | FORMAT_FIELD
      REPLACE_ME                                                      | REPLACE_ME                | REMINDER
      change-me                                                       | change-me                 | REMINDER
      TODO                                                            | TODO                      | REMINDER
      ENTER MODEL NAME                                                | ENTER MODEL NAME          | INSTRUCTION
      Enter your model name                                           | Enter your model name     | INSTRUCTION
      YOUR_ACCOUNT_ID.dkr.ecr.us-east-1.amazonaws.com/x:1             | YOUR_ACCOUNT_ID           | FILL_IN
      s3://your-bucket/model.tar.gz                                   | your-bucket               | FILL_IN
      s3://amzn-s3-demo-bucket/model.tar.gz                           | amzn-s3-demo-bucket       | DOCS_EXAMPLE
      s3://DOC-EXAMPLE-BUCKET/model.tar.gz                            | DOC-EXAMPLE-BUCKET        | DOCS_EXAMPLE
      arn:aws:iam::USER_ID:role/sagemaker-role                        | USER_ID                   | ACCOUNT
      USER_ID.dkr.ecr.eu-central-1.amazonaws.com/app:v1               | USER_ID                   | ACCOUNT
      xxxxxx(my account id here).dkr.ecr.us-west-2.amazonaws.com/x    | xxxxxx(my account id here) | ACCOUNT
      arn:aws:sns:REGION:123456789012:topic                           | REGION                    | REGION
      123456789012.dkr.ecr.region.amazonaws.com/x:1                   | region                    | REGION
      subnet-xxxxxxxx                                                 | xxxxxxxx                  | XXXX
      """)
  void findsPlaceholdersInIdentifiers(String value, String text, Placeholders.Kind kind) {
    List<Placeholders.Found> found = Placeholders.find(value, false);
    assertTrue(!found.isEmpty(), () -> "nothing found in " + value);
    assertEquals(text, found.get(0).text());
    assertEquals(kind, found.get(0).kind());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "arn:aws:iam::123456789012:role/SageMakerExecution",
      "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess",
      "arn:aws:sagemaker:us-east-1:aws:hub-content/SageMakerPublicHub/Model/x/1.0.0",
      "arn:aws:lambda:us-east-1:123456789012:function:registry-auth:$LATEST",
      "arn:aws:s3:::ml-artifacts",
      "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1.0-gpu-py310",
      "s3://ml-artifacts-123456789012/churn/model.tar.gz",
      "titanic-model-xxx",
      "churn-model-v2",
      "todo-list-classifier",
      "alias/my-key",
      "AllTraffic",
      ""})
  void leavesRealIdentifiersAlone(String value) {
    assertEquals(List.of(), Placeholders.find(value, false));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<pad>", "<s>", "</s>", "<unk>", "<end_of_turn>", "<|endoftext|>", "<|im_end|>",
      "{% for m in messages %}{{ m.content }}{% endfor %}",
      "Answer the question: {question}",
      "^churn-[0-9]+$",
      "{\"features\": $features}",
      "$features",
      "$ {amount}",
      "pa$sword",
      "Enter the customer history below.",
      "See <https://example.com/churn> for details",
      "TODO list app",
      "xxxx"})
  void leavesFreeTextAlone(String value) {
    assertEquals(List.of(), Placeholders.find(value, true));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<your-hf-token>", "<model_id>", "<ROLE ARN>", "${HF_TOKEN}", "$HF_TOKEN", "{{ token }}",
      "REPLACE_ME", "Bearer REPLACE_ME", "TODO", "ENTER TOKEN HERE", "your_token_here"})
  void findsUnmistakablePlaceholdersInFreeText(String value) {
    assertTrue(!Placeholders.find(value, true).isEmpty(), value);
  }

  @Test
  void reportsEveryPlaceholderOnceInOrder() {
    List<Placeholders.Found> found = Placeholders.find(
        "s3://<S3OutputData>/<AutoMLJobName>/tuning/<...>/output/model.tar.gz", false);
    assertEquals(List.of("<S3OutputData>", "<AutoMLJobName>"),
        found.stream().map(Placeholders.Found::text).toList());
  }

  @Test
  void anAngleMarkerInTheAccountFieldIsReportedOnceAsAFillIn() {
    List<Placeholders.Found> found = Placeholders.find("arn:aws:iam::<ACCOUNT_ID>:role/x", false);
    assertEquals(1, found.size());
    assertEquals(Placeholders.Kind.FILL_IN, found.get(0).kind());
  }
}
