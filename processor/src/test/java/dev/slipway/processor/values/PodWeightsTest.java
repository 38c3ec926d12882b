package dev.slipway.processor.values;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link PodWeights} against Argo Rollouts' own arithmetic for a canary without traffic routing
 * ({@code DesiredReplicaCountsForCanary}: both counts rounded up) and the examples in its tests.
 */
class PodWeightsTest {

  @ParameterizedTest(name = "{0} replicas at {1} %: {2} canary + {3} stable = {4} %")
  @CsvSource({
    // the example: "10 %" on three replicas is a quarter of the pods
    "3, 10, 1, 3, 25",
    "3, 25, 1, 3, 25",
    "3, 50, 2, 2, 50",
    "2, 10, 1, 2, 33.3",
    "2, 50, 1, 1, 50",
    "1, 5, 1, 1, 50",
    "1, 95, 1, 1, 50",
    // Argo's CalculateReplicaCountsForCanary examples: 10 replicas at 10 % and 30 %
    "10, 10, 1, 9, 10",
    "10, 30, 3, 7, 30",
    "4, 5, 1, 4, 20",
    "9, 10, 1, 9, 10",
    "100, 1, 1, 99, 1",
  })
  void podsAndTheShareOfRequestsTheyGet(
      int replicas, int weight, int canary, int stable, String percent) {
    PodWeights pods = PodWeights.at(replicas, weight);
    assertThat(pods).isEqualTo(new PodWeights(canary, stable));
    assertThat(pods.percentText()).isEqualTo(percent);
  }

  @Test
  void aStepIsHonouredWhenItsShareRoundsToIt() {
    assertThat(PodWeights.at(3, 10).honours(10)).isFalse();
    assertThat(PodWeights.at(3, 25).honours(25)).isTrue();
    assertThat(PodWeights.at(3, 33).honours(33)).isFalse(); // both rounded up: 1 of 4, 25 %
    assertThat(PodWeights.at(66, 1).honours(1)).isTrue(); // 1 of 67: 1.49 %
    assertThat(PodWeights.at(8, 10).honours(10)).isFalse(); // 1 of 9: 11.1 %
  }

  @ParameterizedTest(name = "{0} % from {1} replicas needs {2}")
  @CsvSource({
    "10, 4, 9",
    "25, 3, 3",
    "25, 5, 7",
    "5, 5, 18",
    "20, 3, 4",
    "1, 2, 66",
  })
  void theFewestReplicasThatHonourAStep(int weight, int from, int replicas) {
    assertThat(PodWeights.replicasHonouring(weight, from)).isEqualTo(replicas);
    assertThat(PodWeights.at(replicas, weight).honours(weight)).isTrue();
  }

  @Test
  void aHundredReplicasHonourEveryWeight() {
    for (int weight = 1; weight <= 99; weight++) {
      assertThat(PodWeights.at(PodWeights.ALWAYS_EXACT, weight))
          .isEqualTo(new PodWeights(weight, 100 - weight));
      assertThat(PodWeights.replicasHonouring(weight, 1)).isAtMost(PodWeights.ALWAYS_EXACT);
    }
  }
}
