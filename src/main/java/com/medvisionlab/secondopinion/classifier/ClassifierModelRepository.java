package com.medvisionlab.secondopinion.classifier;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ClassifierModelRepository extends ListCrudRepository<ClassifierModel, Long> {

    List<ClassifierModel> findAllByOrderByNameAsc();

    boolean existsByEngineId(String engineId);
}
