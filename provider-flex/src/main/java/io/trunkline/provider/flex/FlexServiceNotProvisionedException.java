package io.trunkline.provider.flex;

import io.trunkline.core.error.ApiFailure;
import io.trunkline.core.error.TrunkUnauthorizedException;

/**
 * Wavix answered 403 "The service is not provisioned for your account.": the account's plan does not include
 * the SIP trunks API (it needs Flex Pro) or the feature asked for (recording, transcription and voicemail
 * detection are Flex Pro only). The credentials themselves were accepted.
 */
public class FlexServiceNotProvisionedException extends TrunkUnauthorizedException {
  public FlexServiceNotProvisionedException(ApiFailure failure) {
    super(failure);
  }
}
