package dev.slipway.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** How the packages' schemas are made strict before validation. */
class StrictSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anObjectWithPropertiesRejectsOtherFields() {
    assertEquals(
        json(
            "{'type':'object','properties':{'replicas':{'type':'integer'}},'additionalProperties':false}"),
        KubernetesSchemas.strict(
            json(
                "{'type':'object','properties':{'replicas':{'type':'integer','nullable':true}}}")));
  }

  @Test
  void aMapKeepsItsValueSchema() {
    JsonNode labels = json("{'type':'object','additionalProperties':{'type':'string'}}");

    assertEquals(labels, KubernetesSchemas.strict(labels));
  }

  @Test
  void anObjectWithEmptyPropertiesStaysFreeForm() {
    // how the packages write a CRD field with x-kubernetes-preserve-unknown-fields
    JsonNode preserveUnknownFields = json("{'type':'object','properties':{}}");

    assertEquals(preserveUnknownFields, KubernetesSchemas.strict(preserveUnknownFields));
  }

  @Test
  void aNullAlternativeIsDroppedAndReferencesPointIntoTheBundle() {
    assertEquals(
        json("{'$ref':'#/definitions/io.k8s.api.core.v1.PodSpec'}"),
        KubernetesSchemas.strict(
            json("{'oneOf':[{'$ref':'io.k8s.api.core.v1.PodSpec#'},{'type':'null'}]}")));
  }

  @Test
  void realAlternativesStay() {
    JsonNode intOrString =
        json("{'oneOf':[{'type':'string'},{'type':'integer','format':'int32'}]}");

    assertEquals(intOrString, KubernetesSchemas.strict(intOrString));
  }

  @Test
  void strictnessReachesIntoArraysAndMaps() {
    assertEquals(
        json(
            "{'type':'array','items':{'type':'object','additionalProperties':{'type':'object',"
                + "'properties':{'a':{'type':'string'}},'additionalProperties':false}}}"),
        KubernetesSchemas.strict(
            json(
                "{'type':'array','items':{'type':'object','additionalProperties':"
                    + "{'type':'object','properties':{'a':{'type':'string'}}}}}")));
  }

  private static JsonNode json(String singleQuoted) {
    try {
      return JSON.readTree(singleQuoted.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
