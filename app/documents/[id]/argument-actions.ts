"use server";
// Server actions of the workbench's Arguments tab (issue 16), defined the one way (lib/server/action.ts).
import { defineAction } from "@/lib/server/action";
import { answerCriticalQuestion } from "@/lib/server/use-cases/answer-critical-question";
import { createArgument } from "@/lib/server/use-cases/create-argument";
import { deleteArgument } from "@/lib/server/use-cases/delete-argument";
import { deleteArgumentRelation } from "@/lib/server/use-cases/delete-argument-relation";
import { listArguments } from "@/lib/server/use-cases/list-arguments";
import { raiseObjection } from "@/lib/server/use-cases/raise-objection";
import { updateArgument } from "@/lib/server/use-cases/update-argument";

export const listArgumentsAction = defineAction(listArguments);
export const createArgumentAction = defineAction(createArgument);
export const updateArgumentAction = defineAction(updateArgument);
export const deleteArgumentAction = defineAction(deleteArgument);
export const answerQuestionAction = defineAction(answerCriticalQuestion);
export const raiseObjectionAction = defineAction(raiseObjection);
export const deleteArgumentRelationAction = defineAction(deleteArgumentRelation);
